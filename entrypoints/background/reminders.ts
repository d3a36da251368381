/**
 * Reminders: the daily reflection reminder and the daily follow-up check. Each is an alarm at
 * the next local occurrence of its time. Alarms do not survive a browser restart here
 * (STACK.md), so they are re-created when the worker starts, on install and startup, and
 * whenever the settings change.
 */
import { type Browser, browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { nextDailyOccurrence } from '../../domain/reminder-schedule';
import { countDueFollowUps } from '../../storage/follow-ups';
import { readSettings, type Settings, watchSettings } from '../../storage/settings';

export const REFLECTION_ALARM = 'reminder:reflection';
export const FOLLOW_UP_ALARM = 'reminder:follow-ups';

/** Where each reminder's notification leads (a journal route). */
const TARGETS: Record<string, string> = {
  [REFLECTION_ALARM]: '/journal.html#/reflections?new=1',
  [FOLLOW_UP_ALARM]: '/journal.html#/to-apply',
};

interface Schedule {
  name: string;
  enabled: boolean;
  time: string;
}

function schedulesOf(settings: Settings): Schedule[] {
  return [
    { name: REFLECTION_ALARM, ...settings.dailyReflectionReminder },
    { name: FOLLOW_UP_ALARM, ...settings.followUpReminder },
  ];
}

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Makes the alarms match the settings: each enabled reminder has an alarm at its next
 * occurrence after `now`; disabled ones have none. An alarm already at the right time is left
 * alone, so a worker waking for that very alarm does not replace it.
 */
export async function scheduleReminders(settings: Settings, now: number, timeZone = localTimeZone()): Promise<void> {
  for (const { name, enabled, time } of schedulesOf(settings)) {
    if (!enabled) {
      await browser.alarms.clear(name);
      continue;
    }
    const when = nextDailyOccurrence(now, timeZone, time);
    const existing = await browser.alarms.get(name);
    if (existing?.scheduledTime !== when) await browser.alarms.create(name, { when });
  }
}

/** Handles one of our alarms: notifies (when there is something to say) and schedules the next. */
export async function handleReminderAlarm(
  alarm: Pick<Browser.alarms.Alarm, 'name' | 'scheduledTime'>,
  now: number,
  timeZone = localTimeZone(),
): Promise<void> {
  if (!(alarm.name in TARGETS)) return;
  const settings = await readSettings();
  if (alarm.name === REFLECTION_ALARM && settings.dailyReflectionReminder.enabled) {
    await notify(REFLECTION_ALARM, t('reminderReflectionTitle'), t('reminderReflectionMessage'));
  }
  if (alarm.name === FOLLOW_UP_ALARM && settings.followUpReminder.enabled) {
    const count = await countDueFollowUps(now, settings.followUpDays);
    if (count > 0) {
      const message = count === 1 ? t('followUpNotificationOne') : t('followUpNotificationMany', String(count));
      await notify(FOLLOW_UP_ALARM, t('followUpNotificationTitle'), message);
    }
  }
  // From after the time this alarm was for: an alarm that fires a little early must not
  // schedule itself again for the same minute.
  await scheduleReminders(settings, Math.max(now, alarm.scheduledTime) + 1_000, timeZone);
}

/** Opens the journal where a reminder notification leads; ignores other notifications. */
export async function openReminder(notificationId: string): Promise<boolean> {
  const target = TARGETS[notificationId];
  if (!target) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(target as '/journal.html') });
  await browser.notifications.clear(notificationId);
  return true;
}

async function notify(id: string, title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  } catch (error) {
    // Notifications may be turned off for the browser; nothing else to tell the user with.
    console.warn('[commonplace] reminder not shown', error);
  }
}

/** Registers the reminder listeners synchronously (call from the background's main). */
export function installReminders(): void {
  const reschedule = () => {
    readSettings()
      .then((settings) => scheduleReminders(settings, Date.now()))
      .catch((error: unknown) => console.error('[commonplace] reminders not scheduled', error));
  };
  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onStartup.addListener(reschedule);
  watchSettings((settings) => {
    scheduleReminders(settings, Date.now()).catch((error: unknown) => console.error('[commonplace] reminders not scheduled', error));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    handleReminderAlarm(alarm, Date.now()).catch((error: unknown) => console.error('[commonplace] reminder failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    openReminder(id).catch((error: unknown) => console.error('[commonplace] reminder not opened', error));
  });
  reschedule();
}
