/** Sends typed requests from our pages to the background. */
import { browser } from 'wxt/browser';
import type { PageRequestType, PageResponses, Reply, RequestOf } from './protocol';

/** Requests that only read: sent again freely, with no id. */
const READS: ReadonlySet<PageRequestType> = new Set(['page/status', 'entry/suggestions', 'sprint/get']);
/** A dead channel (the worker stopped mid-request) is tried again this many times, this far apart. */
const RETRIES = 2;
const RETRY_DELAY_MS = 300;

type Send = (message: unknown) => Promise<unknown>;

/**
 * Sends one request and returns the background's reply; a dead channel becomes an error reply.
 * A request that writes carries an id made once for this action: when its reply is lost (the
 * worker stopped between the save and the answer) it is sent again with the same id, and the
 * background answers with the first reply instead of saving twice (messaging/router.ts).
 */
export async function sendRequest<K extends PageRequestType>(
  request: RequestOf<K>,
  send: Send = (message) => browser.runtime.sendMessage(message),
  delay: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<Reply<PageResponses[K]>> {
  const message = READS.has(request.type) ? request : { ...request, requestId: crypto.randomUUID() };
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await send(message)) as Reply<PageResponses[K]> | undefined;
      if (reply) return reply;
    } catch {
      // The channel closed before an answer: tried again below.
    }
    if (attempt >= RETRIES) return { ok: false, error: { code: 'internal', message: 'The background could not be reached.' } };
    await delay(RETRY_DELAY_MS);
  }
}
