/**
 * Reaches the extraction host: Chrome's service worker has no DOM and cannot start workers,
 * so it asks an offscreen document; Firefox's background page has a DOM and hosts it directly.
 */
import { type Browser, browser } from 'wxt/browser';
import { ExtractionHost, type HostRequest, type HostResult } from '../../extraction/host';
import type { OffscreenRequest } from '../../messaging/offscreen';

const OFFSCREEN_PATH = '/offscreen.html';
/** Extra time the background waits beyond the host's own deadline before giving up on it. */
const BACKSTOP_MS = 1_500;

let localHost: ExtractionHost | undefined;
let creating: Promise<void> | undefined;

/** Runs one extraction; resolves to a timeout result if the host does not answer in time. */
export async function runExtraction(request: HostRequest): Promise<HostResult> {
  if (typeof document !== 'undefined' && typeof Worker !== 'undefined') {
    localHost ??= new ExtractionHost(browser.runtime.getURL('/extract-worker.js'));
    return localHost.process(request);
  }
  await ensureOffscreenDocument();
  const message: OffscreenRequest = { target: 'offscreen', request };
  const reply = browser.runtime.sendMessage(message) as Promise<HostResult | undefined>;
  const backstop = new Promise<'backstop'>((resolve) => setTimeout(() => resolve('backstop'), request.timeoutMs + BACKSTOP_MS));
  const result = await Promise.race([reply, backstop]).catch((error: unknown) => ({
    kind: 'failed' as const,
    message: error instanceof Error ? error.message : String(error),
  }));
  if (result === 'backstop') {
    // The host itself is stuck (its main thread, not the worker): throw it away.
    await closeOffscreenDocument();
    return { kind: 'timeout' };
  }
  return result ?? { kind: 'failed', message: 'The extraction host did not answer.' };
}

async function ensureOffscreenDocument(): Promise<void> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Parse clipped pages with Readability in a worker that can be stopped.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

async function closeOffscreenDocument(): Promise<void> {
  try {
    await browser.offscreen.closeDocument();
  } catch {
    // Already closed.
  }
}
