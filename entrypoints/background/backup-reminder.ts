/**
 * The optional weekly backup reminder: when `settings.backupReminder` is on, an alarm
 * at the time a week has passed without an export (domain/backup-reminder.ts); its
 * notification opens the Backup settings. Rescheduled on start, on install and startup, when
 * the settings change and after every export (the status in `storage.local` changes).
 */
import { type Browser, browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { isBackupDue, nextBackupReminder } from '../../domain/backup-reminder';
import { readBackupStatus, recordBackupStatus, watchBackupStatus } from '../../storage/backup-status';
import { readSettings, type Settings, watchSettings } from '../../storage/settings';

export const BACKUP_ALARM = 'reminder:backup';
const SETTINGS_PAGE = '/journal.html#/settings?section=backup';

/** Makes the alarm match the settings and the last export; an alarm already right is left alone. */
export async function scheduleBackupReminder(settings: Settings, now: number): Promise<void> {
  if (!settings.backupReminder.enabled) {
    await browser.alarms.clear(BACKUP_ALARM);
    return;
  }
  const when = nextBackupReminder(await readBackupStatus(), now);
  const existing = await browser.alarms.get(BACKUP_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(BACKUP_ALARM, { when });
}

/** Shows the reminder when its alarm fires (if still on and still due) and schedules the next. */
export async function handleBackupAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>, now: number): Promise<void> {
  if (alarm.name !== BACKUP_ALARM) return;
  const settings = await readSettings();
  if (settings.backupReminder.enabled && isBackupDue(await readBackupStatus(), now)) {
    try {
      await browser.notifications.create(BACKUP_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('backupReminderTitle'),
        message: t('backupReminderMessage'),
      });
    } catch (error) {
      // Notifications may be turned off for the browser; there is no other way to remind.
      console.warn('[commonplace] backup reminder not shown', error);
    }
    // Recording it reschedules (through the status watcher) a week from now.
    await recordBackupStatus({ lastRemindedAt: now });
  }
  await scheduleBackupReminder(settings, now);
}

/** Opens the Backup settings from the reminder's notification; ignores other notifications. */
export async function openBackupSettings(notificationId: string): Promise<boolean> {
  if (notificationId !== BACKUP_ALARM) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(SETTINGS_PAGE as '/journal.html') });
  await browser.notifications.clear(notificationId);
  return true;
}

/** Registers the backup reminder's listeners synchronously (call from the background's main). */
export function installBackupReminder(): void {
  const fail = (error: unknown) => console.error('[commonplace] backup reminder', error);
  const reschedule = () => {
    readSettings()
      .then((settings) => scheduleBackupReminder(settings, Date.now()))
      .catch(fail);
  };
  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onStartup.addListener(reschedule);
  watchSettings((settings) => {
    scheduleBackupReminder(settings, Date.now()).catch(fail);
  });
  watchBackupStatus(reschedule);
  browser.alarms.onAlarm.addListener((alarm) => {
    handleBackupAlarm(alarm, Date.now()).catch(fail);
  });
  browser.notifications.onClicked.addListener((id) => {
    openBackupSettings(id).catch(fail);
  });
  reschedule();
}
