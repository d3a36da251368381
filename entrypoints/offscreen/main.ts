/**
 * Chrome's offscreen document (reason DOM_PARSER): hosts the extraction worker and sanitizes
 * with a real DOM. It answers only the background, and only messages addressed to it.
 */
import { browser } from 'wxt/browser';
import { ExtractionHost } from '../../extraction/host';
import { OffscreenRequestSchema } from '../../messaging/offscreen';

const host = new ExtractionHost(browser.runtime.getURL('/extract-worker.js'));
const backgroundUrl = browser.runtime.getURL('/background.js');

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const parsed = OffscreenRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  if (sender.id !== browser.runtime.id || sender.url !== backgroundUrl) return undefined;
  return host.process(parsed.data.request);
});
