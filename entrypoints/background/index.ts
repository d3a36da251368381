/** The service worker (Firefox: background page). Listeners are registered synchronously. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../messaging/router';
import { seedStarterFramework } from '../../storage/competencies';
import { noteWriteFailure, readDiskSpace } from '../../storage/disk-guard';
import { finishInterruptedWipe } from '../../storage/wipe';
import { installBackupReminder } from './backup-reminder';
import { notifyFailure, openEntryFromNotification } from './confirmations';
import { handlers } from './handlers';
import { createMenus, handleCommand, handleMenuClick } from './menus';
import { installReminders } from './reminders';
import { replyMemory } from './reply-memory';
import { installSnapshots } from './snapshots';
import { installSprintTimer } from './sprint-runtime';
import { installTestHooks } from './test-hooks';
import { installWeeklyReminder } from './weekly-reminder';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground(() => {
  const router = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    beforeDispatch: () => readDiskSpace(),
    replies: replyMemory,
    onError: (error) => {
      noteWriteFailure(error);
      console.error('[commonplace] request failed', error);
    },
  });
  browser.runtime.onMessage.addListener(router);
  // A "delete everything" cut short by the browser closing is finished before anything else.
  safely(finishInterruptedWipe());
  browser.runtime.onInstalled.addListener(() => safely(createMenus()));
  browser.runtime.onInstalled.addListener(() => safely(seedStarterFramework(Date.now())));
  browser.runtime.onInstalled.addListener(({ reason }) => safely(openWelcomeOnInstall(reason)));
  browser.contextMenus.onClicked.addListener((info, tab) => safely(handleMenuClick(info, tab), notifyFailure));
  browser.commands.onCommand.addListener((command, tab) => safely(handleCommand(command, tab), notifyFailure));
  browser.notifications.onClicked.addListener((id) => safely(openEntryFromNotification(id)));
  installReminders();
  installSprintTimer();
  installWeeklyReminder();
  installBackupReminder();
  installSnapshots();
  if (import.meta.env.MODE === 'e2e') installTestHooks();
});

/** Gesture handlers have no caller to report to: log (and tell the user), never leave a rejection unhandled. */
function safely(work: Promise<unknown>, report?: (error: unknown) => Promise<void>): void {
  work.catch((error: unknown) => {
    console.error('[commonplace]', error);
    return report?.(error);
  });
}
