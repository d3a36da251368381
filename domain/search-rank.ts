/**
 * Matching and ranking search results without reading every match.
 *
 * An entry matches when it has every term of the query (the last word as a prefix). Lookups
 * return document numbers, which sort by creation time, so each lookup can be read newest first
 * a bounded number at a time; a "group" is one condition (a term, a prefix's completions, a
 * filter) with the documents read for it so far. The newest matches are settled as soon as every
 * group has been read down to them, so the first page costs about as much as the page itself,
 * however common the words are.
 *
 * Order: matches are taken newest first in windows of `RANK_WINDOW`; within a window, entries with
 * more query terms in their title or tags come first, newest first among equals. Windows never
 * reorder once shown: scrolling further appends the next window below. So a title match is lifted
 * above the body matches of its own period, not above every newer entry in the journal.
 */

/** Matches ranked together; later windows are appended below, never mixed in. */
export const RANK_WINDOW = 200;

/** The documents read so far for one condition of the query. */
export interface GroupRead {
  /** Documents known to meet the condition. */
  docs: ReadonlySet<number>;
  /**
   * Every document at or above this one that meets the condition is in `docs`; -1 when the
   * condition has been read completely.
   */
  frontier: number;
}

/** A settled match and, as a bit set over the query's terms, which it has in its title or tags. */
export interface Match {
  doc: number;
  boosted: number;
}

/** The lowest document down to which every group is complete: matches at or above it are settled. */
export function settledFloor(groups: readonly GroupRead[]): number {
  return newestDoc(groups.map((group) => group.frontier));
}

/** The largest (newest) of `docs`, -1 when there are none. */
export function newestDoc(docs: Iterable<number>): number {
  let newest = -1;
  for (const doc of docs) if (doc > newest) newest = doc;
  return newest;
}

/** Documents in every group at or above `settledFloor`, newest first. */
export function commonDocs(groups: readonly GroupRead[]): number[] {
  if (groups.length === 0) return [];
  const floor = settledFloor(groups);
  const smallest = groups.reduce((a, b) => (a.docs.size <= b.docs.size ? a : b));
  const common: number[] = [];
  for (const doc of smallest.docs) {
    if (doc >= floor && groups.every((group) => group === smallest || group.docs.has(doc))) common.push(doc);
  }
  return common.sort(newestFirst);
}

/** Number of set bits (query terms are at most 32). */
export function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Orders matches given newest first: each run of `RANK_WINDOW` is sorted by how many query
 * terms are in the title or tags, then newest first (see the module comment).
 */
export function rankMatches(matches: readonly Match[], window = RANK_WINDOW): number[] {
  const ranked: number[] = [];
  for (let start = 0; start < matches.length; start += window) {
    const chunk = matches.slice(start, start + window).map((match) => ({ doc: match.doc, score: countBits(match.boosted) }));
    chunk.sort((a, b) => b.score - a.score || newestFirst(a.doc, b.doc));
    for (const match of chunk) ranked.push(match.doc);
  }
  return ranked;
}

function newestFirst(a: number, b: number): number {
  return b - a;
}
