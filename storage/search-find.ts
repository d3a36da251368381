/**
 * Search queries over the posting lists and the list rows' filter indexes (see
 * `search-index.ts` and `postings.ts` for their upkeep). A query reads only its own terms'
 * and filters' documents, newest first, and no further back than its first `limit` matches need
 * (see `domain/search-rank.ts` for matching and order).
 */
import { queueOverlay } from '../domain/postings';
import { parseQuery, type SearchQuery } from '../domain/search';
import { commonDocs, type GroupRead, newestDoc, rankMatches, settledFloor } from '../domain/search-rank';
import { type CommonplaceDb, getDb } from './db';
import { BOOST_MARK } from './entry-terms';
import { type DocReader, type FilterIndex, filterReader, frontierOf, termReader, termsStartingWith } from './index-keys';
import { readQueue } from './postings';

/** A filter on `listRows`: the row has `value` under `index`. */
export interface IndexCondition {
  index: FilterIndex;
  value: string | number;
}

export interface FindOptions {
  /** How many matches the caller wants; older ones are left unread. */
  limit: number;
  /** Documents outside [lower, upper] (a date range, see `docRange`) are not matches. */
  lower?: number;
  upper?: number;
  /** Filters every match must also pass. */
  filters?: readonly IndexCondition[];
}

/** The first `limit` matches in list order, and whether that is all of them. */
export interface FoundDocs {
  docs: number[];
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

/** The documents matching `query` and the filters: the newest `limit` matches, ranked. */
export async function findDocs(query: string | SearchQuery, options: FindOptions, db: CommonplaceDb = getDb()): Promise<FoundDocs> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const queued = parsed.terms.length > 0 || parsed.prefix !== undefined ? await readQueue(db) : [];
  const terms = parsed.terms.map((term) => [term]);
  if (parsed.prefix !== undefined)
    terms.push(
      await completions(
        db,
        parsed.prefix,
        queued.flatMap((record) => record.add),
      ),
    );
  const wanted = terms.flat();
  const overlay = queueOverlay(queued, [...wanted, ...wanted.map((term) => BOOST_MARK + term)]);
  const groups = [
    ...terms.map((values) => values.map((value) => termReader(db, value, overlay))),
    ...(options.filters ?? []).map((filter) => [filterReader(db, filter.index, filter.value)]),
  ];
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return { docs: [], isComplete: true };
  const { limit, lower = 0, upper = Number.MAX_SAFE_INTEGER } = options;
  const found = await newestCommon(groups, limit, lower, upper);
  if (terms.length === 0 || found.docs.length === 0) return found;
  const oldest = found.docs.at(-1) as number;
  const boosts = await Promise.all(
    terms.map((values) =>
      docsDownTo(
        values.map((value) => termReader(db, BOOST_MARK + value, overlay)),
        oldest,
        found.docs.length + 1,
      ),
    ),
  );
  const matches = found.docs.map((doc) => ({
    doc,
    boosted: boosts.reduce((bits, boosted, i) => (boosted.has(doc) ? bits | (1 << i) : bits), 0),
  }));
  return { docs: rankMatches(matches), isComplete: found.isComplete };
}

/** The documents matching `query`, all of them, in list order (for tests and small journals). */
export async function searchDocs(query: string | SearchQuery, db: CommonplaceDb = getDb()): Promise<number[]> {
  return (await findDocs(query, { limit: Number.POSITIVE_INFINITY }, db)).docs;
}

/** The first `MAX_PREFIX_TERMS` terms starting with `prefix`, in the lists or only queued so far. */
async function completions(db: CommonplaceDb, prefix: string, queuedTerms: readonly string[]): Promise<string[]> {
  const listed = await termsStartingWith(db, prefix, MAX_PREFIX_TERMS);
  const all = new Set([...listed, ...queuedTerms.filter((term) => term.startsWith(prefix))]);
  return [...all].sort().slice(0, MAX_PREFIX_TERMS);
}

function groupRead(readers: readonly DocReader[], lower: number): GroupRead {
  const docs = new Set<number>();
  for (const reader of readers) for (const doc of reader.docs) docs.add(doc);
  return { docs, frontier: newestDoc(readers.map((reader) => frontierOf(reader, lower))) };
}

/** The newest `limit` documents within [lower, upper] found under every group (a union of readers). */
async function newestCommon(groups: DocReader[][], limit: number, lower: number, upper: number): Promise<FoundDocs> {
  // A group of several readers (a prefix's terms) shares the first read between them.
  await Promise.all(groups.flatMap((readers) => readers.map((reader) => reader.readMore((limit + 1) / readers.length + 1))));
  for (;;) {
    const reads = groups.map((readers) => groupRead(readers, lower));
    const common = commonDocs(reads).filter((doc) => doc >= lower && doc <= upper);
    const floor = settledFloor(reads);
    if (common.length > limit || floor < 0) return { docs: common.slice(0, limit), isComplete: common.length <= limit };
    // Only the readers that stopped highest hold the rest back; grow them by about the
    // shortfall (matches found so far predict how far back the rest lie).
    const growth = Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, Math.ceil((limit + 1) / Math.max(1, common.length))));
    const behind = groups.flat().filter((reader) => frontierOf(reader, lower) === floor);
    await Promise.all(behind.map((reader) => reader.readMore(Math.max(reader.docs.size, limit) * (growth - 1))));
  }
}

/** The documents of `readers`, read until every one at or above `oldest` is known. */
async function docsDownTo(readers: readonly DocReader[], oldest: number, first: number): Promise<ReadonlySet<number>> {
  await Promise.all(readers.map((reader) => reader.readMore(first / readers.length + 1)));
  for (;;) {
    const behind = readers.filter((reader) => frontierOf(reader) >= oldest);
    if (behind.length === 0) return groupRead(readers, 0).docs;
    await Promise.all(behind.map((reader) => reader.readMore(Math.max(reader.docs.size, first))));
  }
}
