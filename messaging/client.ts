/** Sends typed requests from our pages to the background. */
import { browser } from 'wxt/browser';
import type { PageRequestType, PageResponses, Reply, RequestOf } from './protocol';

/** Sends one request and returns the background's reply; a dead channel becomes an error reply. */
export async function sendRequest<K extends PageRequestType>(request: RequestOf<K>): Promise<Reply<PageResponses[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<PageResponses[K]> | undefined;
    return reply ?? { ok: false, error: { code: 'internal', message: 'No answer from the background.' } };
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The background could not be reached.' } };
  }
}
