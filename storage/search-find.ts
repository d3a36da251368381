/**
 * Search queries over the persisted index (see `search-index.ts` for its upkeep). A query reads
 * only keys under its own terms and filters, newest first, and no further back than its first
 * `limit` matches need (see `domain/search-rank.ts` for matching and order).
 */
import { parseQuery, type SearchQuery } from '../domain/search';
import { commonKeys, type GroupRead, newestKey, rankMatches, settledFloor } from '../domain/search-rank';
import { type CommonplaceDb, getDb } from './db';
import { frontierOf, type IndexName, type KeyReader, keyReader, readNewest, termsStartingWith } from './index-keys';

/** A filter on `searchRows`: the row has `value` under `index`. */
export interface IndexCondition {
  index: 'kind' | 'tags' | 'competencyIds' | 'applied';
  value: string | number;
}

export interface FindOptions {
  /** How many matches the caller wants; older ones are left unread. */
  limit: number;
  /** Keys outside [lower, upper] (a date range, see `rowKeyRange`) are not matches. */
  lower?: string;
  upper?: string;
  /** Filters every match must also pass. */
  filters?: readonly IndexCondition[];
}

/** The first `limit` matches in list order, and whether that is all of them. */
export interface FoundKeys {
  keys: string[];
  isComplete: boolean;
}

/**
 * How many terms a prefix stands for: the first ones in alphabetical order, which puts the
 * prefix itself and its shortest completions first. A two-letter prefix in a large journal has
 * hundreds of completions, and each is a lookup; a longer prefix narrows them.
 */
export const MAX_PREFIX_TERMS = 8;
/** A read that comes up short grows by at least this factor (and at most `MAX_GROWTH`). */
const MIN_GROWTH = 2;
const MAX_GROWTH = 16;

/** The keys of entries matching `query` and the filters: the newest `limit` matches, ranked. */
export async function findKeys(query: string | SearchQuery, options: FindOptions, db: CommonplaceDb = getDb()): Promise<FoundKeys> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const terms = parsed.terms.map((term) => [term]);
  if (parsed.prefix !== undefined) terms.push(await termsStartingWith(db, parsed.prefix, MAX_PREFIX_TERMS));
  const groups = [
    ...terms.map((values) => values.map((value) => keyReader('terms', value))),
    ...(options.filters ?? []).map((filter) => [keyReader(filter.index, filter.value)]),
  ];
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return { keys: [], isComplete: true };
  const { limit, lower = '', upper = '\uffff' } = options;
  const found = await newestCommon(db, groups, limit, lower, upper);
  if (terms.length === 0 || found.keys.length === 0) return found;
  const oldest = found.keys.at(-1) as string;
  const boosts = await Promise.all(terms.map((values) => keysDownTo(db, values, 'boost', oldest, found.keys.length + 1)));
  const matches = found.keys.map((key) => ({
    key,
    boosted: boosts.reduce((bits, boosted, i) => (boosted.has(key) ? bits | (1 << i) : bits), 0),
  }));
  return { keys: rankMatches(matches), isComplete: found.isComplete };
}

/** The row keys matching `query`, all of them, in list order (for tests and small journals). */
export async function searchKeys(query: string | SearchQuery, db: CommonplaceDb = getDb()): Promise<string[]> {
  return (await findKeys(query, { limit: Number.POSITIVE_INFINITY }, db)).keys;
}

function groupRead(readers: readonly KeyReader[], lower: string): GroupRead {
  const keys = new Set<string>();
  for (const reader of readers) for (const key of reader.keys) keys.add(key);
  return { keys, frontier: newestKey(readers.map((reader) => frontierOf(reader, lower))) };
}

/** The newest `limit` keys within [lower, upper] found under every group (a union of readers). */
async function newestCommon(db: CommonplaceDb, groups: KeyReader[][], limit: number, lower: string, upper: string): Promise<FoundKeys> {
  // A group of several readers (a prefix's terms) shares the first read between them.
  await Promise.all(groups.flatMap((readers) => readers.map((reader) => readNewest(db, reader, (limit + 1) / readers.length + 1))));
  for (;;) {
    const reads = groups.map((readers) => groupRead(readers, lower));
    const common = commonKeys(reads).filter((key) => key >= lower && key <= upper);
    const floor = settledFloor(reads);
    if (common.length > limit || floor === '') return { keys: common.slice(0, limit), isComplete: common.length <= limit };
    // Only the readers that stopped highest hold the rest back; grow them by about the
    // shortfall (matches found so far predict how far back the rest lie).
    const growth = Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, Math.ceil((limit + 1) / Math.max(1, common.length))));
    const behind = groups.flat().filter((reader) => frontierOf(reader, lower) === floor);
    await Promise.all(behind.map((reader) => readNewest(db, reader, reader.keys.length * growth)));
  }
}

/** Keys under any of `values` in `index`, read until every one at or above `oldest` is known. */
async function keysDownTo(db: CommonplaceDb, values: readonly string[], index: IndexName, oldest: string, first: number) {
  const readers = values.map((value) => keyReader(index, value));
  await Promise.all(readers.map((reader) => readNewest(db, reader, first / readers.length + 1)));
  for (;;) {
    const behind = readers.filter((reader) => frontierOf(reader) >= oldest);
    if (behind.length === 0) return groupRead(readers, '').keys;
    await Promise.all(behind.map((reader) => readNewest(db, reader, reader.keys.length * MIN_GROWTH)));
  }
}
