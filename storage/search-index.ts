/**
 * Upkeep of the list rows and the search index for entry writes: one `listRows` row per entry
 * (storage/list-row.ts) and its terms' change queued for the posting lists
 * (storage/postings.ts), in the entry's own transaction, so the list and search can never
 * disagree with the journal. Queries are in `search-find.ts`.
 */
import { type CommonplaceDb, getDb } from './db';
import { countRows } from './entry-queries';
import { entryTerms } from './entry-terms';
import { buildListRow, DOC_SLOTS, docBase, freeDoc, type ListRow } from './list-row';
import { queueTerms } from './postings';
import type { Entry } from './schemas';

/** The tables an entry write touches for the list and search. */
export function indexTables(db: CommonplaceDb) {
  return [db.listRows, db.postings, db.indexQueue] as const;
}

/**
 * Writes the list row of `entry` and queues its terms. `previous` is the entry as stored before
 * this write, if any: the posting lists hold its terms. Call it inside the transaction that
 * writes the entry, with `indexTables` in its scope.
 */
export async function indexEntry(db: CommonplaceDb, entry: Entry, previous: Entry | undefined): Promise<void> {
  // Independent reads at once: each request is a round trip, and a clip waits for them.
  const [row, taken] = await Promise.all([db.listRows.where('id').equals(entry.id).first(), docsTakenAt(db, entry.createdAt)]);
  let before = row && !row.unindexed && previous ? entryTerms(previous) : [];
  let doc = row?.doc;
  if (row && row.createdAt !== entry.createdAt) {
    // The number follows the creation time: an entry whose time changed (an import) moves.
    await dropRow(db, row, before);
    taken.delete(row.doc);
    [doc, before] = [undefined, []];
  }
  doc ??= freeDoc(entry.createdAt, taken);
  await Promise.all([db.listRows.put(buildListRow(entry, doc)), queueTerms(db, doc, before, entryTerms(entry))]);
}

/** Removes the list row of the entry `id` (`previous`: the entry as it was), inside the transaction that deletes it. */
export async function unindexEntry(db: CommonplaceDb, id: string, previous: Entry | undefined): Promise<void> {
  const row = await db.listRows.where('id').equals(id).first();
  if (row) await dropRow(db, row, !row.unindexed && previous ? entryTerms(previous) : []);
}

/** Deletes `row` and queues its document's removal from the posting lists of `terms`. */
export async function dropRow(db: CommonplaceDb, row: ListRow, terms: readonly string[]): Promise<void> {
  await db.listRows.delete(row.doc);
  await queueTerms(db, row.doc, terms, []);
}

/** The document numbers in use around `docBase(createdAt)`, where a new entry's number will be. */
async function docsTakenAt(db: CommonplaceDb, createdAt: number): Promise<Set<number>> {
  const base = docBase(createdAt);
  return new Set(
    (await db.listRows
      .where(':id')
      .between(base, base + DOC_SLOTS * 16, true, false)
      .primaryKeys()) as number[],
  );
}

/**
 * Brings the rows of the given entries up to date with what is stored, for entries written
 * around `storage/entries.ts` (a test, a raw import): rows are rewritten for entries that exist,
 * with every term they have now, and dropped for those that do not. What the entry held before
 * such a write is unknown, so words it lost may still find it, and a dropped row's document
 * stays in the posting lists; a search skips documents without a row.
 */
export async function reindexEntries(ids: readonly string[], db: CommonplaceDb = getDb()): Promise<void> {
  await db.transaction('rw', db.entries, ...indexTables(db), async () => {
    const entries = await db.entries.bulkGet([...ids]);
    for (const [i, id] of ids.entries()) {
      const entry = entries[i];
      const row = await db.listRows.where('id').equals(id).first();
      if (entry && row && row.createdAt === entry.createdAt) {
        await db.listRows.put(buildListRow(entry, row.doc, row.unindexed === 1));
        if (!row.unindexed) await queueTerms(db, row.doc, [], entryTerms(entry));
      } else if (entry) {
        await indexEntry(db, entry, undefined);
      } else if (row) {
        await dropRow(db, row, []);
      }
    }
  });
}

/**
 * Adds rows for entries that have none and drops rows whose entry is gone (see
 * `reindexEntries`). When the two tables hold as many records, as they always do unless
 * something wrote around storage/entries.ts, it stops there: comparing ids reads every row's
 * id with a cursor, seconds at 100,000 entries. Returns how many it fixed.
 */
export async function repairSearchIndex(db: CommonplaceDb = getDb()): Promise<number> {
  // Counted on indexes: counting a table walks its records, articles and all.
  const [entryCount, rowCount] = await Promise.all([db.entries.orderBy('createdAt').count(), countRows(db)]);
  if (entryCount === rowCount) return 0;
  const [entryIds, rowIds] = await Promise.all([db.entries.toCollection().primaryKeys(), db.listRows.orderBy('id').keys()]);
  const indexed = new Set(rowIds as string[]);
  const stored = new Set(entryIds);
  const stale = [...entryIds.filter((id) => !indexed.has(id)), ...(rowIds as string[]).filter((id) => !stored.has(id))];
  for (let i = 0; i < stale.length; i += 500) await reindexEntries(stale.slice(i, i + 500), db);
  return stale.length;
}
