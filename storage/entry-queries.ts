/**
 * The entries list: newest first, filtered and searched, read a window at a time from the light
 * `listRows` (never the entries with their bodies). Document numbers sort by creation time, so a
 * date range is a key range and any set of them sorts newest first as numbers.
 */

import { isEmptyQuery, parseQuery } from '../domain/search';
import { type CommonplaceDb, getDb } from './db';
import { docRange, type ListRow } from './list-row';
import type { EntryKind } from './schemas';
import { findDocs, type IndexCondition } from './search-find';

export interface ListFilters {
  kind?: EntryKind;
  tag?: string;
  competencyId?: string;
  /** Created at or after (epoch ms). */
  from?: number;
  /** Created at or before (epoch ms). */
  to?: number;
  applied?: 'yes' | 'no';
}

/**
 * What the list shows: either a range of the whole table (no search, no filter but dates: rows
 * are read by offset, nothing is loaded up front, and the count comes apart from it, see
 * `countRange`) or the first matches' document numbers in list order, with `isComplete` false
 * when older matches are left unread (ask again with a larger limit for them).
 */
export type Listing =
  | { type: 'range'; lower: number; upper: number }
  | { type: 'keys'; docs: number[]; total: number; isComplete: boolean };

/** How many matches a search or filter reads first: a few screens of rows. */
export const FIRST_MATCHES = 200;

/**
 * Resolves a search text and filters to a listing, newest first or by rank when searching (see
 * `domain/search-rank.ts`), reading at most about `limit` matches.
 */
export async function resolveListing(
  search: string,
  filters: ListFilters,
  db: CommonplaceDb = getDb(),
  limit = FIRST_MATCHES,
): Promise<Listing> {
  const [lower, upper] = docRange(filters.from, filters.to);
  const conditions = filterConditions(filters);
  if (isEmptyQuery(parseQuery(search)) && conditions.length === 0) return { type: 'range', lower, upper };
  const { docs, isComplete } = await findDocs(search, { limit, lower, upper, filters: conditions }, db);
  return { type: 'keys', docs, total: docs.length, isComplete };
}

/** The active filters other than the date range (applied by key range), as index conditions. */
function filterConditions(filters: ListFilters): IndexCondition[] {
  const conditions: IndexCondition[] = [];
  if (filters.kind) conditions.push({ index: 'kind', value: filters.kind });
  if (filters.tag) conditions.push({ index: 'tags', value: filters.tag });
  if (filters.competencyId) conditions.push({ index: 'competencyIds', value: filters.competencyId });
  if (filters.applied) conditions.push({ index: 'applied', value: filters.applied === 'yes' ? 1 : 0 });
  return conditions;
}

/**
 * How many entries a range listing holds. IndexedDB counts by walking the range, so this takes
 * longer than the first rows in a large journal: the list shows them first.
 */
export function countRange(listing: Extract<Listing, { type: 'range' }>, db: CommonplaceDb = getDb()): Promise<number> {
  const [lower, upper] = docRange(undefined, undefined);
  if (listing.lower <= lower && listing.upper >= upper) return countRows(db);
  return db.listRows.where(':id').between(listing.lower, listing.upper, true, true).count();
}

/**
 * How many rows there are, counted on the small `id` index: counting the table itself walks
 * every row with its snippet (100 MB at 100,000 entries).
 */
export function countRows(db: CommonplaceDb = getDb()): Promise<number> {
  return db.listRows.orderBy('id').count();
}

/** `limit` rows of the listing starting at position `offset`. */
export async function rowsAt(listing: Listing, offset: number, limit: number, db: CommonplaceDb = getDb()): Promise<ListRow[]> {
  if (listing.type === 'range') {
    return db.listRows.where(':id').between(listing.lower, listing.upper, true, true).reverse().offset(offset).limit(limit).toArray();
  }
  // A document a repair dropped from the list may still be in a posting list: it has no row.
  const rows = await db.listRows.bulkGet(listing.docs.slice(offset, offset + limit));
  return rows.filter((row): row is ListRow => row !== undefined);
}

export interface FacetCounts {
  total: number;
  kinds: Record<EntryKind, number>;
  applied: number;
  /** Tags by use, most used first. */
  tags: [tag: string, count: number][];
  /** Competency ids by use, most used first. */
  competencies: [id: string, count: number][];
}

const KINDS: readonly EntryKind[] = ['article', 'selection', 'link', 'note'];
/** Beyond this many distinct tags the filter offers the most used ones (each costs a count). */
export const MAX_FACET_VALUES = 200;

/** How many entries each filter value would show on its own, counted from the indexes. */
export async function facetCounts(db: CommonplaceDb = getDb()): Promise<FacetCounts> {
  const rows = db.listRows;
  const countEach = async (index: 'tags' | 'competencyIds') => {
    const values = ((await rows.orderBy(index).uniqueKeys()) as string[]).slice(0, MAX_FACET_VALUES);
    const counts = await Promise.all(
      values.map(async (value) => [value, await rows.where(index).equals(value).count()] as [string, number]),
    );
    return counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const [total, kindCounts, applied, tags, competencies] = await Promise.all([
    countRows(db),
    Promise.all(KINDS.map((kind) => rows.where('kind').equals(kind).count())),
    rows.where('applied').equals(1).count(),
    countEach('tags'),
    countEach('competencyIds'),
  ]);
  const kinds = Object.fromEntries(KINDS.map((kind, i) => [kind, kindCounts[i] ?? 0])) as Record<EntryKind, number>;
  return { total, kinds, applied, tags, competencies };
}

/** Display names of competencies by id (archived ones too: old entries still refer to them). */
export async function competencyNames(ids: readonly string[], db: CommonplaceDb = getDb()): Promise<Map<string, string>> {
  const found = await db.competencies.bulkGet([...ids]);
  return new Map(found.flatMap((competency) => (competency ? [[competency.id, competency.name] as [string, string]] : [])));
}
