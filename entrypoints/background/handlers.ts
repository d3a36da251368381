/** The background's answers to page requests: one handler per request type. */
import { type Browser, browser } from 'wxt/browser';
import { noteTitle } from '../../domain/entry-title';
import { restrictedReason } from '../../domain/urls';
import type { CaptureOutcome } from '../../messaging/protocol';
import { HandlerError, type PageHandlers } from '../../messaging/router';
import { EditConflictError, EntryNotFoundError, findSavedPage, saveAnnotation, saveCapture, withSprint } from '../../storage/entries';
import { deleteEverything } from '../../storage/wipe';
import { clipTab } from './clipping';
import { showBadge } from './confirmations';
import { clearSprintBadge } from './sprint-alerts';
import { sprintHandlers } from './sprint-handlers';
import { currentSprintId, END_ALARM, TICK_ALARM } from './sprint-runtime';
import { suggestionHandlers } from './suggestion-handlers';

export const handlers: PageHandlers = {
  ...sprintHandlers,
  ...suggestionHandlers,

  async clip(request) {
    const tab = await resolveTab(request.tabId);
    const outcome = await clipTab({ tab, mode: request.mode, force: request.force ?? false, canAsk: true });
    await showBadge(outcome, tab.id);
    return outcome;
  },

  async 'note/create'(request): Promise<CaptureOutcome> {
    const tab = request.aboutPage ? await resolveTab(request.tabId) : undefined;
    const url = tab?.url && restrictedReason(tab.url) === null ? tab.url : (tab?.url ?? '');
    // A note is titled by its own first line everywhere; the page it is about is its link.
    const title = noteTitle(request.text);
    const draft = withSprint({ kind: 'note', url, title, note: request.text }, await currentSprintId());
    const { entry, status } = await saveCapture(draft, Date.now());
    if (tab) await showBadge({ status, entryId: entry.id, kind: entry.kind, title }, tab.id);
    return { status, entryId: entry.id, kind: entry.kind, title: entry.title };
  },

  async 'page/status'(request) {
    const tab = await resolveTab(request.tabId).catch(() => undefined);
    // Without host access a tab's address is known only after the user opened the popup on it.
    if (!tab?.url || restrictedReason(tab.url) !== null) return {};
    const entry = await findSavedPage(tab.url);
    if (!entry || (entry.kind !== 'article' && entry.kind !== 'link')) return {};
    return { saved: { entryId: entry.id, kind: entry.kind, title: entry.title, createdAt: entry.createdAt } };
  },

  async 'journal/delete-everything'() {
    await deleteEverything();
    // Only once the journal is gone: a refused wipe leaves a running sprint running.
    await Promise.all([
      browser.alarms.clear(END_ALARM),
      browser.alarms.clear(TICK_ALARM),
      clearSprintBadge(),
      browser.storage.session.clear(),
    ]);
    return { deleted: true };
  },

  async 'entry/annotate'(request) {
    try {
      const entry = await saveAnnotation(request.id, { note: request.note, tags: request.tags }, request.base ?? {}, Date.now());
      return { entryId: entry.id };
    } catch (error) {
      if (error instanceof EntryNotFoundError) throw new HandlerError('not-found', 'That entry no longer exists.');
      if (error instanceof EditConflictError) throw new HandlerError('conflict', error.message);
      throw error;
    }
  },
};

/** The tab named by the page, or the active tab of the last focused window. */
async function resolveTab(tabId: number | undefined): Promise<Browser.tabs.Tab> {
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) throw new HandlerError('not-found', 'That tab is gone.');
    return tab;
  }
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!active) throw new HandlerError('not-found', 'There is no page to clip.');
  return active;
}
