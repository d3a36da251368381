/** The weekly backup reminder: off by default, due a week after the last export, shown once a week, a click opens the settings. */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_ALARM,
  handleBackupAlarm,
  openBackupSettings,
  scheduleBackupReminder,
} from '../../../entrypoints/background/backup-reminder';
import { readBackupStatus, recordBackupStatus } from '../../../storage/backup-status';
import { DEFAULT_SETTINGS, type Settings, updateSettings } from '../../../storage/settings';

const NOW = Date.UTC(2026, 10, 21, 10);
const DAY = 86_400_000;
const on: Settings = { ...DEFAULT_SETTINGS, backupReminder: { enabled: true } };
const notifications = async () => Object.keys(await browser.notifications.getAll());

beforeEach(() => fakeBrowser.reset());

describe('backup reminder', () => {
  it('is off by default: no alarm', async () => {
    expect(DEFAULT_SETTINGS.backupReminder.enabled).toBe(false);
    await scheduleBackupReminder(DEFAULT_SETTINGS, NOW);
    expect(await browser.alarms.get(BACKUP_ALARM)).toBeUndefined();
  });

  it('when on, is due a week after the last export', async () => {
    await recordBackupStatus({ lastExportedAt: NOW - 2 * DAY });
    await scheduleBackupReminder(on, NOW);
    expect((await browser.alarms.get(BACKUP_ALARM))?.scheduledTime).toBe(NOW + 5 * DAY);
  });

  it('notifies once when due, then waits a week', async () => {
    await updateSettings({ backupReminder: { enabled: true } });
    await handleBackupAlarm({ name: BACKUP_ALARM }, NOW);
    expect(await notifications()).toEqual([BACKUP_ALARM]);
    expect((await readBackupStatus()).lastRemindedAt).toBe(NOW);
    expect((await browser.alarms.get(BACKUP_ALARM))?.scheduledTime).toBe(NOW + 7 * DAY);
  });

  it('says nothing when an export came since, or when turned off', async () => {
    await updateSettings({ backupReminder: { enabled: true } });
    await recordBackupStatus({ lastExportedAt: NOW - DAY });
    await handleBackupAlarm({ name: BACKUP_ALARM }, NOW);
    await updateSettings({ backupReminder: { enabled: false } });
    await recordBackupStatus({ lastExportedAt: 0 });
    await handleBackupAlarm({ name: BACKUP_ALARM }, NOW);
    expect(await notifications()).toEqual([]);
    expect(await browser.alarms.get(BACKUP_ALARM)).toBeUndefined();
  });

  it('opens the Backup settings from its notification only', async () => {
    expect(await openBackupSettings('reminder:weekly-report')).toBe(false);
    expect(await openBackupSettings(BACKUP_ALARM)).toBe(true);
    const tabs = await browser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContainEqual(expect.stringContaining('journal.html#/settings?section=backup'));
  });
});
