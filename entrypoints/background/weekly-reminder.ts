/**
 * The optional end-of-week reminder: an alarm at the configured weekday and local
 * time (`settings.weeklyReminder`, off by default) whose notification opens the weekly report.
 * Alarms do not survive a browser restart here (STACK.md), so the alarm is re-created when the
 * worker starts, on install and startup, and whenever the settings change.
 */
import { type Browser, browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { nextWeeklyOccurrence } from '../../domain/reminder-schedule';
import { readSettings, type Settings, watchSettings } from '../../storage/settings';

export const WEEKLY_REPORT_ALARM = 'reminder:weekly-report';

const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Makes the alarm match the settings; an alarm already at the right time is left alone. */
export async function scheduleWeeklyReminder(settings: Settings, now: number, timeZone = localTimeZone()): Promise<void> {
  const { enabled, day, time } = settings.weeklyReminder;
  if (!enabled) {
    await browser.alarms.clear(WEEKLY_REPORT_ALARM);
    return;
  }
  const when = nextWeeklyOccurrence(now, timeZone, day, time);
  const existing = await browser.alarms.get(WEEKLY_REPORT_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(WEEKLY_REPORT_ALARM, { when });
}

/** Shows the reminder when its alarm fires (if still enabled) and schedules next week's. */
export async function handleWeeklyAlarm(
  alarm: Pick<Browser.alarms.Alarm, 'name' | 'scheduledTime'>,
  now: number,
  timeZone = localTimeZone(),
): Promise<void> {
  if (alarm.name !== WEEKLY_REPORT_ALARM) return;
  const settings = await readSettings();
  if (settings.weeklyReminder.enabled) {
    try {
      await browser.notifications.create(WEEKLY_REPORT_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('summaryReminderTitle'),
        message: t('summaryReminderMessage'),
      });
    } catch (error) {
      // Notifications may be turned off for the browser; there is no other way to remind.
      console.warn('[commonplace] weekly reminder not shown', error);
    }
  }
  // From after the time this alarm was for, so an early alarm does not re-arm for the same minute.
  await scheduleWeeklyReminder(settings, Math.max(now, alarm.scheduledTime) + 1_000, timeZone);
}

/** Opens the weekly report from the reminder's notification; ignores other notifications. */
export async function openWeeklyReport(notificationId: string): Promise<boolean> {
  if (notificationId !== WEEKLY_REPORT_ALARM) return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  await browser.notifications.clear(notificationId);
  return true;
}

/** Registers the weekly reminder's listeners synchronously (call from the background's main). */
export function installWeeklyReminder(): void {
  const fail = (error: unknown) => console.error('[commonplace] weekly reminder', error);
  const reschedule = () => {
    readSettings()
      .then((settings) => scheduleWeeklyReminder(settings, Date.now()))
      .catch(fail);
  };
  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onStartup.addListener(reschedule);
  watchSettings((settings) => {
    scheduleWeeklyReminder(settings, Date.now()).catch(fail);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    handleWeeklyAlarm(alarm, Date.now()).catch(fail);
  });
  browser.notifications.onClicked.addListener((id) => {
    openWeeklyReport(id).catch(fail);
  });
  reschedule();
}
