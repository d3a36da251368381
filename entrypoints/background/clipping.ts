/**
 * Capture on the user's gesture: classify the tab, inject the capture script, extract where a
 * runaway can be stopped, and save. Every path ends in a saved entry or a clear notice; none
 * rejects, so the service worker never sees an unhandled rejection.
 */
import { type Browser, browser } from 'wxt/browser';
import { cleanMetadataText } from '../../domain/text';
import { restrictedReason } from '../../domain/urls';
import type { HostResult } from '../../extraction/host';
import type { PageCapture } from '../../extraction/types';
import { PageCaptureSchema } from '../../messaging/offscreen';
import type { CaptureOutcome, ClipMode, ClipNotice } from '../../messaging/protocol';
import { ensureRoomToWrite } from '../../storage/disk-guard';
import { type CaptureDraft, saveCapture, withSprint } from '../../storage/entries';
import { LIMITS } from '../../storage/schemas';
import { runExtraction } from './extraction-client';
import { currentSprintId } from './sprint-runtime';

export interface ClipLimits {
  /** A page whose main thread is stuck never answers the injection: stop waiting after this. */
  captureTimeoutMs: number;
  /** Readability on a huge or crafted page: the worker is terminated after this. */
  extractionTimeoutMs: number;
}

export const DEFAULT_LIMITS: ClipLimits = { captureTimeoutMs: 4_000, extractionTimeoutMs: 5_000 };

export interface ClipRequest {
  tab: Browser.tabs.Tab;
  mode: ClipMode;
  /** Save an article even when the page does not look like one. */
  force: boolean;
  /** When false, a page that is not an article is saved as a link instead of asking. */
  canAsk: boolean;
  limits?: ClipLimits;
}

export interface ClipTimings {
  captureMs: number;
  extraction?: { parseMs: number; totalMs: number };
}

/** Clips the tab as asked, falling back to saving the link with a notice when it must. */
export async function clipTab(request: ClipRequest, timings?: ClipTimings): Promise<CaptureOutcome> {
  const { tab, mode } = request;
  const limits = request.limits ?? DEFAULT_LIMITS;
  const url = tab.url ?? '';
  if (mode === 'link') return saveLink(tab);
  if (restrictedReason(url) !== null) return saveLink(tab, 'restricted');

  const started = performance.now();
  const captured = await captureTab(tab.id, limits.captureTimeoutMs);
  if (timings) timings.captureMs = performance.now() - started;
  if (captured === 'restricted') return saveLink(tab, 'restricted');
  if (captured === 'timeout') return saveLink(tab, 'page-unresponsive');

  if (mode === 'selection') return clipSelection(tab, captured, limits);
  if (captured.isTooBig) return saveLink(tab, 'too-big', captured);

  const result = await runExtraction({ mode: 'article', capture: captured, timeoutMs: limits.extractionTimeoutMs });
  if (timings && 'timings' in result) timings.extraction = result.timings;
  return saveArticle(request, captured, result);
}

async function saveArticle(request: ClipRequest, captured: PageCapture, result: HostResult): Promise<CaptureOutcome> {
  switch (result.kind) {
    case 'timeout':
      return saveLink(request.tab, 'extraction-timeout', captured);
    case 'failed':
      return saveLink(request.tab, 'extraction-failed', captured);
    case 'selection':
      return saveLink(request.tab, 'extraction-failed', captured);
    case 'no-article':
      if (request.canAsk && !request.force) return { status: 'not-saved', notice: 'not-readerable' };
      return saveLink(request.tab, 'no-article', captured);
    case 'article': {
      if (!result.isReaderable && request.canAsk && !request.force) return { status: 'not-saved', notice: 'not-readerable' };
      return save(
        {
          kind: 'article',
          url: captured.url,
          canonicalUrl: result.canonicalUrl,
          title: cleanTitle(result.title || captured.title, captured.url),
          article: result.article,
        },
        result.isReaderable ? undefined : 'not-readerable',
      );
    }
  }
}

async function clipSelection(tab: Browser.tabs.Tab, captured: PageCapture, limits: ClipLimits): Promise<CaptureOutcome> {
  if (!captured.selectionText) return { status: 'not-saved', notice: 'no-selection' };
  const result = await runExtraction({ mode: 'selection', capture: { ...captured, html: '' }, timeoutMs: limits.extractionTimeoutMs });
  const selection = result.kind === 'selection' ? result.selection : { text: captured.selectionText, html: '' };
  return save({
    kind: 'selection',
    url: captured.url || tab.url || '',
    title: cleanTitle(captured.title || tab.title, captured.url),
    selection,
  });
}

/**
 * Saves the tab's address; `notice` says why a link was saved instead of what was asked.
 * Browser pages hide even their address from extensions without the `tabs` permission: then
 * nothing is saved rather than an empty link.
 */
export async function saveLink(tab: Browser.tabs.Tab, notice?: ClipNotice, captured?: PageCapture): Promise<CaptureOutcome> {
  const url = captured?.url || tab.url || tab.pendingUrl || '';
  if (!url) return { status: 'not-saved', notice: 'hidden-page' };
  return save({ kind: 'link', url, title: cleanTitle(captured?.title || tab.title, url) }, notice);
}

/** Saves a link that is not the current page (context menu on a link). */
export function saveLinkTarget(url: string, text: string | undefined): Promise<CaptureOutcome> {
  return save({ kind: 'link', url, title: cleanTitle(text, url) });
}

async function save(draft: CaptureDraft, notice?: ClipNotice): Promise<CaptureOutcome> {
  // Stored size is about the draft's JSON plus its indexes and search terms: three times is ample.
  await ensureRoomToWrite(JSON.stringify(draft).length * 3);
  const { entry, status } = await saveCapture(withSprint(draft, await currentSprintId()), Date.now());
  return { status, entryId: entry.id, kind: entry.kind, title: entry.title, ...(notice ? { notice } : {}) };
}

function cleanTitle(title: string | undefined, url: string): string {
  return cleanMetadataText(title, LIMITS.title) || cleanMetadataText(url, LIMITS.title);
}

/** Injects the capture script; 'restricted' when the browser refuses, 'timeout' when the page is stuck. */
async function captureTab(tabId: number | undefined, timeoutMs: number): Promise<PageCapture | 'restricted' | 'timeout'> {
  if (tabId === undefined) return 'restricted';
  const injection = browser.scripting
    .executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] })
    .then((results) => {
      // The capture holds page-controlled values: it is validated like any other input.
      const parsed = PageCaptureSchema.safeParse(results[0]?.result);
      return parsed.success ? parsed.data : ('restricted' as const);
    })
    .catch(() => 'restricted' as const);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const result = await Promise.race([injection, timeout]);
  clearTimeout(timer);
  return result;
}
