/** "Delete everything": the whole journal, its snapshots and the settings, never a part of them. */
import { browser } from 'wxt/browser';
import { type CommonplaceDb, getDb } from './db';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings';
import { deleteAllSnapshots } from './snapshots';

/** Set before anything is deleted and gone once everything is: a wipe cut short is finished later. */
const WIPE_KEY = 'wipeStartedAt';

/**
 * Clears every table of the database in one read-write transaction (if any clear fails,
 * IndexedDB rolls all of them back, and nothing else is touched), then the snapshots, then
 * everything in `storage.local` (a running sprint, the learner id, the "starter framework seeded"
 * mark) and writes default settings. A mark written first says a wipe is under way: if the
 * browser closes or the worker stops halfway, `finishInterruptedWipe` completes it on the next
 * start, so extension storage never outlives the journal it belonged to.
 */
export async function deleteEverything(db: CommonplaceDb = getDb(), deleteFiles: () => Promise<void> = deleteAllSnapshots): Promise<void> {
  await browser.storage.local.set({ [WIPE_KEY]: Date.now() });
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
  } catch (error) {
    // Refused, not interrupted: everything is as it was, and nothing is to be finished later.
    await browser.storage.local.remove(WIPE_KEY);
    throw error;
  }
  await deleteFiles();
  await browser.storage.local.clear();
  await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
}

/** Completes a "delete everything" that was cut short; true when there was one. */
export async function finishInterruptedWipe(db: CommonplaceDb = getDb(), deleteFiles?: () => Promise<void>): Promise<boolean> {
  if ((await browser.storage.local.get(WIPE_KEY))[WIPE_KEY] === undefined) return false;
  await deleteEverything(db, deleteFiles);
  return true;
}
