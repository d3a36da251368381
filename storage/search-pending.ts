/**
 * Rows waiting for their text terms. A bulk import writes each entry with a pending row (title
 * and tag terms, storage/search-row.ts `buildPendingRow`) in its one transaction, because the
 * hundreds of term index records per entry made a 10,000-entry import take minutes. The terms
 * are then filled in here, a batch per transaction: if the page closes halfway, the journal
 * page finishes the job the next time it opens (the pending mark is in the index itself).
 */
import { type CommonplaceDb, getDb } from './db';
import type { Entry } from './schemas';
import { buildSearchRow, idOfRowKey, PENDING_TERM } from './search-row';

/** Entries per transaction: small enough that a clip saved meanwhile never waits long. */
const BATCH = 200;

export function countPendingRows(db: CommonplaceDb = getDb()): Promise<number> {
  return db.searchRows.where('terms').equals(PENDING_TERM).count();
}

/**
 * Gives every pending row its full terms; `onProgress(done, total)` after each batch. Returns
 * how many rows it completed. Safe to run twice at once (each batch rebuilds from the entry).
 */
export async function completePendingRows(
  db: CommonplaceDb = getDb(),
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const total = await countPendingRows(db);
  let done = 0;
  for (;;) {
    const keys = (await db.searchRows.where('terms').equals(PENDING_TERM).limit(BATCH).primaryKeys()) as string[];
    if (keys.length === 0) return done;
    await db.transaction('rw', db.entries, db.searchRows, async () => {
      const entries = await db.entries.bulkGet(keys.map(idOfRowKey));
      const existing = entries.filter((entry): entry is Entry => entry !== undefined);
      // A row whose entry was deleted meanwhile goes with it.
      await db.searchRows.bulkDelete(keys.filter((_, index) => entries[index] === undefined));
      await db.searchRows.bulkPut(existing.map((entry) => buildSearchRow(entry)));
    });
    done += keys.length;
    onProgress?.(done, Math.max(total, done));
  }
}
