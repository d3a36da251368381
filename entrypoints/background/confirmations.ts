/**
 * Tells the user what a capture did when the popup is not there to say it: a badge on the
 * toolbar icon and a notification whose click opens the entry to add a note or tags.
 */
import { browser } from 'wxt/browser';
import { noticeText, t } from '../../components/i18n';
import type { CaptureOutcome } from '../../messaging/protocol';
import { isQuotaError } from '../../storage/disk-guard';
import { restoreTabBadge } from './sprint-alerts';

const BADGE_MS = 4_000;
const NOTIFICATION_PREFIX = 'capture:';

/** Shows a ✓ (or ! when nothing was saved) on the tab's toolbar icon for a few seconds. */
export async function showBadge(outcome: CaptureOutcome, tabId: number | undefined): Promise<void> {
  const isSaved = outcome.status !== 'not-saved';
  try {
    await browser.action.setBadgeBackgroundColor({ color: isSaved ? '#1a7f37' : '#b35900', tabId });
    await browser.action.setBadgeText({ text: isSaved ? '✓' : '!', tabId });
    // The service worker stays alive well past this while the event that clipped is handled.
    // Afterwards the tab shows the global badge again: a running sprint's minutes, or nothing.
    setTimeout(() => void restoreTabBadge(tabId).catch(() => undefined), BADGE_MS);
  } catch {
    // The tab may have closed; a badge is best effort.
  }
}

/** A notification for captures started from a shortcut or the context menu. */
export async function notifyOutcome(outcome: CaptureOutcome): Promise<void> {
  const lines: string[] = [];
  if (outcome.status === 'not-saved') {
    lines.push(noticeText(outcome.notice));
  } else {
    lines.push(t(outcome.status === 'updated' ? 'savedUpdated' : 'savedCreated', outcome.title));
    if (outcome.notice) lines.push(noticeText(outcome.notice));
    lines.push(t('addNoteHint'));
  }
  const id = outcome.status === 'not-saved' ? `notice:${Date.now()}` : `${NOTIFICATION_PREFIX}${outcome.entryId}`;
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('savedNotificationTitle'),
      message: lines.join(' '),
    });
  } catch {
    // Notifications may be disabled by the user; the badge still shows.
  }
}

/** Opens the journal at the entry a capture notification is about. */
export async function openEntryFromNotification(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const entryId = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.tabs.create({ url: browser.runtime.getURL(`/journal.html#/entry/${encodeURIComponent(entryId)}?edit=1`) });
  await browser.notifications.clear(notificationId);
}

/** A capture from a shortcut or menu failed outright: say so, since no page is there to show it. */
export async function notifyFailure(error: unknown): Promise<void> {
  try {
    await browser.notifications.create(`error:${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('savedNotificationTitle'),
      message: t(isQuotaError(error) ? 'errorStorageFull' : 'errorGeneric'),
    });
  } catch {
    // Notifications may be disabled; the error is also logged by the caller.
  }
}
