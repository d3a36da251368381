/**
 * The router's memory of recent replies (messaging/router.ts), in `storage.session`: it outlives
 * the worker being stopped and restarted, and is cleared when the browser closes. One key per
 * request, so two replies written at once never overwrite each other.
 */
import { browser } from 'wxt/browser';
import type { Reply } from '../../messaging/protocol';
import type { ReplyMemory } from '../../messaging/router';

const PREFIX = 'reply:';
/** A page retries within a second or two; replies older than this are dropped. */
const KEEP_MS = 10 * 60_000;

interface Kept {
  reply: Reply<unknown>;
  at: number;
}

async function dropStale(now: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && now - ((value as Kept | undefined)?.at ?? 0) >= KEEP_MS)
    .map(([key]) => key);
  if (stale.length > 0) await browser.storage.session.remove(stale);
}

export const replyMemory: ReplyMemory = {
  async recall(requestId) {
    const key = `${PREFIX}${requestId}`;
    const kept = (await browser.storage.session.get(key))[key] as Kept | undefined;
    return kept && Date.now() - kept.at < KEEP_MS ? kept.reply : undefined;
  },
  async remember(requestId, reply) {
    if (!reply.ok) return;
    const now = Date.now();
    await browser.storage.session.set({ [`${PREFIX}${requestId}`]: { reply, at: now } satisfies Kept });
    // Old replies go afterwards; the reply does not wait for that.
    void dropStale(now).catch(() => undefined);
  },
};
