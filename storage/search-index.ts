/**
 * Upkeep of the persisted search index: one `searchRows` row per entry (see `search-row.ts`),
 * whose multiEntry `terms` and `boost` indexes IndexedDB keeps on disk. An entry write updates
 * just its own row; queries are in `search-find.ts`.
 */
import { type CommonplaceDb, getDb } from './db';
import type { Entry } from './schemas';
import { buildSearchRow, idOfRowKey } from './search-row';

/**
 * Writes the search row of `entry`. Call it inside the transaction that writes the entry, with
 * `db.searchRows` in its scope, so the index can never disagree with the journal.
 */
export async function indexEntry(db: CommonplaceDb, entry: Entry): Promise<void> {
  const row = buildSearchRow(entry);
  // A row under another key would be a stale copy (the key holds createdAt): drop it.
  await db.searchRows
    .where('id')
    .equals(entry.id)
    .and((stale) => stale.key !== row.key)
    .delete();
  await db.searchRows.put(row);
}

/** Removes the search row of the entry `id`; inside the transaction that deletes the entry. */
export async function unindexEntry(db: CommonplaceDb, id: string): Promise<void> {
  await db.searchRows.where('id').equals(id).delete();
}

/**
 * Brings the rows of the given entries up to date with what is stored (for imports, or any
 * write made without `indexEntry`): rows are rebuilt for entries that exist and dropped for
 * those that do not.
 */
export async function reindexEntries(ids: readonly string[], db: CommonplaceDb = getDb()): Promise<void> {
  await db.transaction('rw', db.entries, db.searchRows, async () => {
    const entries = await db.entries.bulkGet([...ids]);
    await db.searchRows
      .where('id')
      .anyOf([...ids])
      .delete();
    await db.searchRows.bulkPut(entries.filter((entry): entry is Entry => entry !== undefined).map(buildSearchRow));
  });
}

/**
 * Adds rows for entries that have none and drops rows whose entry is gone, for entries written
 * around `storage/entries.ts` (an older build, a raw import). It compares only keys (ids from
 * the two primary/`id` indexes), never records. Returns how many entries it reindexed.
 */
export async function repairSearchIndex(db: CommonplaceDb = getDb()): Promise<number> {
  const [entryIds, rowKeys] = await Promise.all([db.entries.toCollection().primaryKeys(), db.searchRows.toCollection().primaryKeys()]);
  // Row keys end with the entry id (`rowKey`): one getAllKeys, where the `id` index needs a cursor.
  const rowIds = rowKeys.map(idOfRowKey);
  const indexed = new Set(rowIds);
  const stored = new Set(entryIds);
  const stale = [...entryIds.filter((id) => !indexed.has(id)), ...rowIds.filter((id) => !stored.has(id))];
  for (let i = 0; i < stale.length; i += 500) await reindexEntries(stale.slice(i, i + 500), db);
  return stale.length;
}
