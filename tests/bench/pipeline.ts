/**
 * Clips pages through the real pipeline of the e2e build: content script -> service worker ->
 * offscreen document -> worker -> Dexie, timed inside the service worker by the e2e-only
 * `commonplaceTest.clip` hook (entrypoints/background/test-hooks.ts).
 */
import type { Page } from 'playwright-core';
import type { ClipTimings } from '../../entrypoints/background/clipping';
import type { CaptureOutcome } from '../../messaging/protocol';
import type { ExtensionSession } from '../support/chromium';
import type { CorpusServer } from './corpus';

/** What the test hook returns. */
export interface HookResult {
  outcome: CaptureOutcome;
  timings: ClipTimings;
  totalMs: number;
}

export interface ClipSample {
  name: string;
  /** Size of the page source, bytes. */
  bytes: number;
  captureMs?: number;
  parseMs?: number;
  hostMs?: number;
  totalMs?: number;
  /** `kind` saved, plus the notice when it is not what was asked (e.g. `link (extraction-timeout)`). */
  result: string;
  /** True when the page was saved as an article. */
  isArticle: boolean;
  error?: string;
}

/** The bench's own backstop: the pipeline's limits (4 s capture, 5 s extraction) act first. */
const GUARD_MS = 30_000;

interface ServiceWorkerGlobals {
  chrome: { tabs: { query: (filter: object) => Promise<{ id?: number; url?: string }[]> } };
  commonplaceTest: { clip: (options: { tabId: number; mode: 'article'; force: boolean }) => Promise<HookResult> };
}

/** Opens `url` in a fresh tab and waits until it has loaded. */
export async function openTab(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  return page;
}

/** Clips the (already open) tab showing `url` through the test hook. */
export async function clipThroughHook(session: ExtensionSession, url: string): Promise<HookResult> {
  const worker = await session.serviceWorker();
  const clip = worker.evaluate(async (pageUrl) => {
    const scope = globalThis as unknown as ServiceWorkerGlobals;
    const tab = (await scope.chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
    if (tab?.id === undefined) throw new Error(`No tab shows ${pageUrl}`);
    return scope.commonplaceTest.clip({ tabId: tab.id, mode: 'article', force: true });
  }, url);
  return withGuard(clip, GUARD_MS);
}

/**
 * Opens the page in a fresh tab, clips it once, runs `afterClip` on the still open tab (if
 * given), closes the tab. Never throws.
 */
export async function clipPage(
  session: ExtensionSession,
  server: CorpusServer,
  name: string,
  bytes: number,
  afterClip?: (page: Page) => Promise<void>,
): Promise<ClipSample> {
  let page: Page | undefined;
  try {
    page = await openTab(session, server.urlOf(name));
    const { outcome, timings, totalMs } = await clipThroughHook(session, server.urlOf(name));
    await afterClip?.(page);
    return {
      name,
      bytes,
      captureMs: timings.captureMs,
      parseMs: timings.extraction?.parseMs,
      hostMs: timings.extraction?.totalMs,
      totalMs,
      result: describe(outcome),
      isArticle: outcome.status !== 'not-saved' && outcome.kind === 'article',
    };
  } catch (error) {
    return { name, bytes, result: 'error', isArticle: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await page?.close().catch(() => undefined);
  }
}

export function describe(outcome: CaptureOutcome): string {
  if (outcome.status === 'not-saved') return `not saved (${outcome.notice})`;
  return outcome.notice ? `${outcome.kind} (${outcome.notice})` : outcome.kind;
}

export async function withGuard<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([work, guard]);
  } finally {
    clearTimeout(timer);
  }
}
