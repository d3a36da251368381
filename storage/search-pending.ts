/**
 * Rows whose text is not in the posting lists yet. A bulk import (and the schema step that
 * introduced posting lists) writes each entry's list row marked `unindexed` in its one
 * transaction, so the list and its filters are right at once without tokenizing thousands of
 * articles there. The terms follow here, a batch of rows per transaction, oldest first (each
 * batch then touches only the newest blocks of each term's list): if the page closes halfway,
 * the journal page finishes the job the next time it opens (the mark is in the row itself).
 */
import { changesByTerm, type QueuedTerms, restate } from '../domain/postings';
import { type CommonplaceDb, getDb } from './db';
import { entryTerms } from './entry-terms';
import { buildListRow, type ListRow } from './list-row';
import { applyChanges, mergeQueued } from './postings';
import { indexTables } from './search-index';

/** Rows per transaction: small enough that a clip saved meanwhile never waits long. */
const BATCH = 2_000;

export function countPendingRows(db: CommonplaceDb = getDb()): Promise<number> {
  return db.listRows.where('unindexed').equals(1).count();
}

/**
 * Lists every unindexed row's entry under its terms; `onProgress(done, total)` after each
 * batch. Returns how many rows it indexed. Safe to run twice at once (a batch reads its rows in
 * its own transaction, and indexed rows are no longer marked).
 */
export async function completePendingRows(
  db: CommonplaceDb = getDb(),
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  // Changes queued by deletes and edits meet the lists first, so a batch knows what they hold.
  await mergeQueued(db);
  const total = await countPendingRows(db);
  let done = 0;
  for (;;) {
    const count = await db.transaction('rw', db.entries, ...indexTables(db), async () => {
      const rows = await db.listRows.where('unindexed').equals(1).limit(BATCH).toArray();
      const [entries, queued] = await Promise.all([
        db.entries.bulkGet(rows.map((row) => row.id)),
        db.indexQueue.bulkGet(rows.map((row) => row.doc)),
      ]);
      const changes: QueuedTerms[] = [];
      const indexed: ListRow[] = [];
      const orphans: number[] = [];
      rows.forEach((row, i) => {
        const entry = entries[i];
        // A row whose entry is gone (written around storage/entries.ts) goes, with its listings.
        const change = indexingChange(row.doc, entry ? entryTerms(entry) : [], queued[i]);
        if (change) changes.push(change);
        if (entry) indexed.push(buildListRow(entry, row.doc));
        else orphans.push(row.doc);
      });
      await applyChanges(db, changesByTerm(changes));
      await db.indexQueue.bulkDelete(rows.map((row) => row.doc));
      await db.listRows.bulkDelete(orphans);
      await db.listRows.bulkPut(indexed);
      return rows.length;
    });
    if (count === 0) return done;
    done += count;
    onProgress?.(done, Math.max(total, done));
  }
}

/**
 * The change that lists an unindexed row's document under `terms`: the lists hold nothing for
 * it but what `queued` changes.
 */
function indexingChange(doc: number, terms: string[], queued: QueuedTerms | undefined): QueuedTerms | undefined {
  if (queued) return restate(doc, [], terms, queued);
  // Usually nothing is queued: the terms are the change, without building sets.
  return terms.length > 0 ? { doc, add: terms, stale: [] } : undefined;
}
