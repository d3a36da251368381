/**
 * Rows waiting for their terms. A bulk import writes each entry with a pending row (the list's
 * fields and no terms, storage/search-row.ts `buildPendingRow`) in its one transaction, because the
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
      // Every pending row goes (one whose entry was deleted meanwhile stays gone), so no batch can
      // find the same rows again; the entries still there get their full rows.
      await db.searchRows.bulkDelete(keys);
      await db.searchRows.bulkPut(existing.map((entry) => buildSearchRow(entry)));
    });
    done += keys.length;
    onProgress?.(done, Math.max(total, done));
  }
}
