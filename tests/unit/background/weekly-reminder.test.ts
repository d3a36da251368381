/** The end-of-week reminder: off by default, an alarm at the configured local weekday and time, a click opens the report. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleWeeklyAlarm,
  openWeeklyReport,
  scheduleWeeklyReminder,
  WEEKLY_REPORT_ALARM,
} from '../../../entrypoints/background/weekly-reminder';
import { DEFAULT_SETTINGS, type Settings, updateSettings } from '../../../storage/settings';

// Saturday 21 November 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 10, 21, 10);
const weekly = (enabled: boolean, day = 5, time = '16:00'): Settings => ({ ...DEFAULT_SETTINGS, weeklyReminder: { enabled, day, time } });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('weekly reminder', () => {
  it('is off by default', async () => {
    expect(DEFAULT_SETTINGS.weeklyReminder.enabled).toBe(false);
    await scheduleWeeklyReminder(DEFAULT_SETTINGS, NOW, 'Europe/Berlin');
    expect(await browser.alarms.get(WEEKLY_REPORT_ALARM)).toBeUndefined();
  });

  it.each([
    // Friday 16:00 next week in Berlin (UTC+1 in November).
    ['Europe/Berlin', 5, '16:00', Date.UTC(2026, 10, 27, 15)],
    // Later today (Saturday) in New York (UTC-5).
    ['America/New_York', 6, '17:30', Date.UTC(2026, 10, 21, 22, 30)],
    // Sunday 1 November 2026 in New York is the DST change; the next Sunday is a plain one.
    ['America/New_York', 0, '09:00', Date.UTC(2026, 10, 22, 14)],
  ])('in %s, weekday %i at %s: alarm at the next occurrence', async (zone, day, time, expected) => {
    await scheduleWeeklyReminder(weekly(true, day, time), NOW, zone);
    expect((await browser.alarms.get(WEEKLY_REPORT_ALARM))?.scheduledTime).toBe(expected);
  });

  it('is removed when turned off', async () => {
    await scheduleWeeklyReminder(weekly(true), NOW, 'Europe/Berlin');
    await scheduleWeeklyReminder(weekly(false), NOW, 'Europe/Berlin');
    expect(await browser.alarms.get(WEEKLY_REPORT_ALARM)).toBeUndefined();
  });

  it('notifies when its alarm fires and re-arms for the next week', async () => {
    await updateSettings({ weeklyReminder: { enabled: true, day: 5, time: '16:00' } });
    const create = vi.spyOn(browser.notifications, 'create');
    const fired = Date.UTC(2026, 10, 27, 15);
    await handleWeeklyAlarm({ name: WEEKLY_REPORT_ALARM, scheduledTime: fired }, fired - 500, 'Europe/Berlin');
    expect(create).toHaveBeenCalledWith(WEEKLY_REPORT_ALARM, expect.objectContaining({ title: 'Your week in learning' }));
    expect((await browser.alarms.get(WEEKLY_REPORT_ALARM))?.scheduledTime).toBe(fired + 7 * 86_400_000);
  });

  it('ignores other alarms and notifications', async () => {
    const create = vi.spyOn(browser.notifications, 'create');
    await handleWeeklyAlarm({ name: 'sprint:end', scheduledTime: NOW }, NOW, 'Europe/Berlin');
    expect(create).not.toHaveBeenCalled();
    expect(await openWeeklyReport('something-else')).toBe(false);
  });

  it('its notification opens the report', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    expect(await openWeeklyReport(WEEKLY_REPORT_ALARM)).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/report\.html$/) });
  });
});
