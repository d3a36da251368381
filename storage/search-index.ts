/**
 * The persisted search index: one `searchRows` row per entry (see `search-row.ts`), whose
 * multiEntry `terms` and `boost` indexes IndexedDB keeps on disk. A query reads only the keys
 * under its own terms, never the whole index, and an entry write updates just its own row.
 */
import { isEmptyQuery, parseQuery, type SearchQuery } from '../domain/search';
import { type CandidateMatch, rankCandidates } from '../domain/search-rank';
import { type CommonplaceDb, getDb } from './db';
import type { Entry } from './schemas';
import { buildSearchRow } from './search-row';

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
 * The row keys of entries matching `query` (text as typed, or parsed), best first: an entry
 * matches when it has at least one of the query's terms (see `domain/search-rank.ts` for the
 * order). Reads only the index keys under the query's terms.
 */
export async function searchKeys(query: string | SearchQuery, db: CommonplaceDb = getDb()): Promise<string[]> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (isEmptyQuery(parsed)) return [];
  const lookups = [
    ...parsed.terms.map((term) => ({ term, isPrefix: false })),
    ...(parsed.prefix ? [{ term: parsed.prefix, isPrefix: true }] : []),
  ];
  const found = await Promise.all(
    lookups.map(({ term, isPrefix }) => Promise.all([keysUnder(db, 'terms', term, isPrefix), keysUnder(db, 'boost', term, isPrefix)])),
  );
  const candidates = new Map<string, CandidateMatch>();
  found.forEach(([inText, inBoost], bit) => {
    for (const key of inText) {
      const candidate = candidates.get(key);
      if (candidate) candidate.matched |= 1 << bit;
      else candidates.set(key, { key, matched: 1 << bit, boosted: 0 });
    }
    for (const key of inBoost) {
      const candidate = candidates.get(key);
      if (candidate) candidate.boosted |= 1 << bit;
    }
  });
  return rankCandidates(candidates.values());
}

/** Keys of rows with `term` (or a term starting with it) in the multiEntry index `index`. */
async function keysUnder(db: CommonplaceDb, index: 'terms' | 'boost', term: string, isPrefix: boolean): Promise<string[]> {
  const clause = db.searchRows.where(index);
  const keys = (await (isPrefix ? clause.startsWith(term) : clause.equals(term)).primaryKeys()) as string[];
  // A prefix can match several terms of one entry ("habit", "habits"): the key then repeats.
  return isPrefix ? [...new Set(keys)] : keys;
}

/**
 * Adds rows for entries that have none and drops rows whose entry is gone, for entries written
 * around `storage/entries.ts` (an older build, a raw import). It compares only keys (ids from
 * the two primary/`id` indexes), never records. Returns how many entries it reindexed.
 */
export async function repairSearchIndex(db: CommonplaceDb = getDb()): Promise<number> {
  const [entryIds, rowIds] = await Promise.all([
    db.entries.toCollection().primaryKeys(),
    db.searchRows.orderBy('id').keys() as Promise<string[]>,
  ]);
  const indexed = new Set(rowIds);
  const stored = new Set(entryIds);
  const stale = [...entryIds.filter((id) => !indexed.has(id)), ...rowIds.filter((id) => !stored.has(id))];
  for (let i = 0; i < stale.length; i += 500) await reindexEntries(stale.slice(i, i + 500), db);
  return stale.length;
}
