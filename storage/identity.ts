/**
 * The learner's stable id, carried by share bundles so a manager's newer bundle from the same
 * person replaces the older one. Created on first use and kept in `storage.local`; a full
 * journal export carries it, so restoring a backup keeps the same identity.
 */
import { browser } from 'wxt/browser';
import { IdSchema } from './schemas';

export const LEARNER_ID_KEY = 'learnerId';

export async function getLearnerId(): Promise<string> {
  const stored = IdSchema.safeParse((await browser.storage.local.get(LEARNER_ID_KEY))[LEARNER_ID_KEY]);
  if (stored.success) return stored.data;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [LEARNER_ID_KEY]: id });
  return id;
}

export async function setLearnerId(id: string): Promise<void> {
  await browser.storage.local.set({ [LEARNER_ID_KEY]: IdSchema.parse(id) });
}
