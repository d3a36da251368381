/**
 * What the sprint timer shows outside the popup: minutes left on the toolbar badge, and the
 * notification at the end of a sprint with "Reflect" and "Another sprint".
 */
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { minutesLeft, viewOf } from '../../domain/timer';
import { loadTimerState } from './sprint-state';

export const SPRINT_NOTIFICATION_PREFIX = 'sprint-end:';
/** e2e build only: every end notification is also logged here, so tests can count them across worker restarts. */
export const E2E_NOTICE_LOG_KEY = 'e2e:sprintNotices';

const RUNNING_COLOR = '#7a3e00';
const PAUSED_COLOR = '#5c574f';

/** The badge is global (no tab id): it follows the learner from tab to tab. */
export async function showSprintBadge(minutesLeft: number, paused: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: paused ? PAUSED_COLOR : RUNNING_COLOR });
  await browser.action.setBadgeText({ text: `${minutesLeft}m` });
}

export async function clearSprintBadge(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
}

/**
 * Puts the sprint badge back after a capture's ✓ (the ✓ must not wipe the minutes).
 * A tab's own text is dropped so it shows the global badge again; Chrome keeps a per-tab colour
 * once set and has no reset for it, so that colour is set to the sprint's.
 */
export async function restoreTabBadge(tabId: number | undefined): Promise<void> {
  const view = viewOf(await loadTimerState(), Date.now());
  const isActive = view.phase === 'running' || view.phase === 'paused';
  if (tabId === undefined) {
    if (isActive) await showSprintBadge(minutesLeft(view.remainingMs), view.phase === 'paused');
    else await clearSprintBadge();
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: view.phase === 'paused' ? PAUSED_COLOR : RUNNING_COLOR, tabId });
  // `null` (not '') makes the tab inherit the global text: see chrome.action.setBadgeText.
  await browser.action.setBadgeText({ text: null as unknown as string, tabId });
}

export async function notifySprintEnded(sprintId: string): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('sprintEndedTitle'),
    message: t('sprintEndedMessage'),
  };
  // Firefox has no notification buttons (and rejects the property): there the click reflects.
  const buttons = import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('sprintReflect') }, { title: t('sprintAnother') }] };
  try {
    await browser.notifications.create(`${SPRINT_NOTIFICATION_PREFIX}${sprintId}`, { ...options, ...buttons });
  } catch (error) {
    // Notifications may be off; the popup still offers the reflection.
    console.warn('[commonplace] sprint notification failed', error);
  }
  if (import.meta.env.MODE === 'e2e') {
    const log = ((await browser.storage.local.get(E2E_NOTICE_LOG_KEY))[E2E_NOTICE_LOG_KEY] as string[] | undefined) ?? [];
    await browser.storage.local.set({ [E2E_NOTICE_LOG_KEY]: [...log, sprintId] });
  }
}

/** The sprint a notification is about, or undefined when it is not a sprint notification. */
export function sprintIdOfNotification(notificationId: string): string | undefined {
  return notificationId.startsWith(SPRINT_NOTIFICATION_PREFIX) ? notificationId.slice(SPRINT_NOTIFICATION_PREFIX.length) : undefined;
}

/** Opens the one-minute reflection page for a sprint. */
export async function openReflection(sprintId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/reflect.html?sprint=${encodeURIComponent(sprintId)}`) });
}
