/**
 * End-to-end clip latency as the popup sees it: an extension page sends the `clip` request and
 * times the round trip until the background answers, which it does after the entry is committed.
 */
import type { Page } from 'playwright-core';
import type { CaptureOutcome, Reply } from '../../messaging/protocol';
import type { ExtensionSession } from '../support/chromium';
import type { CorpusServer } from './corpus';
import { describe, openTab, withGuard } from './pipeline';

export interface LatencySample {
  name: string;
  ms?: number;
  result: string;
  error?: string;
}

interface PageGlobals {
  chrome: {
    tabs: { query: (filter: object) => Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage: (message: unknown) => Promise<Reply<CaptureOutcome>> };
  };
}

/** Clips `name` (opened in its own tab) from `extensionPage`, timing the message round trip. */
export async function clipFromExtensionPage(
  session: ExtensionSession,
  extensionPage: Page,
  server: CorpusServer,
  name: string,
): Promise<LatencySample> {
  let article: Page | undefined;
  try {
    article = await openTab(session, server.urlOf(name));
    const round = extensionPage.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as PageGlobals;
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'clip', mode: 'article', tabId: tab.id, force: true });
      return { ms: performance.now() - started, reply };
    }, server.urlOf(name));
    const { ms, reply } = await withGuard(round, 30_000);
    return { name, ms, result: reply.ok ? describe(reply.value) : `error (${reply.error.code})` };
  } catch (error) {
    return { name, result: 'error', error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await article?.close().catch(() => undefined);
  }
}
