/**
 * Only in the `e2e` build (never in production bundles): lets real-browser tests and the
 * benchmark fire gestures a test cannot press (keyboard commands, context-menu clicks) through
 * the same code paths, and read the pipeline's timings.
 */
import { type Browser, browser } from 'wxt/browser';
import type { ClipMode } from '../../messaging/protocol';
import { writeSnapshot } from '../../storage/snapshots';
import { handleBackupAlarm, openBackupSettings } from './backup-reminder';
import { type ClipLimits, type ClipTimings, clipTab } from './clipping';
import { handleCommand, handleMenuClick } from './menus';
import { handleReminderAlarm, openReminder } from './reminders';
import { startSprint } from './sprint-runtime';
import { handleWeeklyAlarm, openWeeklyReport } from './weekly-reminder';

export interface TestClipOptions {
  tabId: number;
  mode: ClipMode;
  force?: boolean;
  limits?: ClipLimits;
}

export function installTestHooks(): void {
  Object.assign(globalThis, {
    commonplaceTest: {
      command: async (command: string, tabId: number) => handleCommand(command, await browser.tabs.get(tabId)),
      menuClick: async (info: Browser.contextMenus.OnClickData, tabId: number) => handleMenuClick(info, await browser.tabs.get(tabId)),
      /** Clips like the popup does and returns the outcome with the pipeline's timings. */
      clip: async ({ tabId, mode, force = false, limits }: TestClipOptions) => {
        const timings: ClipTimings = { captureMs: 0 };
        const started = performance.now();
        const outcome = await clipTab({ tab: await browser.tabs.get(tabId), mode, force, canAsk: true, limits }, timings);
        return { outcome, timings, totalMs: performance.now() - started };
      },
      /** Fires one of the reminder alarms now instead of waiting for its time of day. */
      fireAlarm: async (name: string) => {
        const alarm = { name, scheduledTime: Date.now() };
        await Promise.all([
          handleReminderAlarm(alarm, Date.now()),
          handleWeeklyAlarm(alarm, Date.now()),
          handleBackupAlarm(alarm, Date.now()),
        ]);
      },
      /** Clicks a reminder notification (Playwright cannot click system notifications). */
      clickNotification: async (id: string) => (await openReminder(id)) || (await openWeeklyReport(id)) || (await openBackupSettings(id)),
      /** Writes a snapshot now, due or not (the alarm's cadence is half-hourly). */
      snapshot: async () => writeSnapshot(Date.now()),
      /** Starts a sprint of `ms` milliseconds (pages may ask only for 5–120 minutes). */
      startSprint: async ({ ms, goal }: { ms: number; goal?: string }) => startSprint({ plannedMs: ms, ...(goal ? { goal } : {}) }),
    },
  });
}
