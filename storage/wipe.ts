/** "Delete everything": the whole journal and the settings, never a part of them. */
import { browser } from 'wxt/browser';
import { type CommonplaceDb, getDb } from './db';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings';

/**
 * Clears every table of the database in one read-write transaction (if any clear fails,
 * IndexedDB rolls all of them back), then everything in `storage.local` (a running sprint, the
 * "starter framework seeded" mark) and writes default settings. `storage.local` is cleared only
 * once the journal is gone, so a failed wipe leaves everything as it was.
 */
export async function deleteEverything(db: CommonplaceDb = getDb()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
  await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
}
