/**
 * Matching and ranking search results without reading every match (issue 3).
 *
 * An entry matches when it has every term of the query (the last word as a prefix). Index
 * lookups return row keys, which sort by creation time, so each lookup can be read newest first
 * a bounded number at a time; a "group" is one condition (a term, a prefix's completions, a
 * filter) with the keys read for it so far. The newest matches are settled as soon as every group
 * has been read down to them, so the first page costs about as much as the page itself, however
 * common the words are.
 *
 * Order: matches are taken newest first in windows of `RANK_WINDOW`; within a window, entries with
 * more query terms in their title or tags come first, newest first among equals. Windows never
 * reorder once shown: scrolling further appends the next window below. So a title match is lifted
 * above the body matches of its own period, not above every newer entry in the journal.
 */

/** Matches ranked together; later windows are appended below, never mixed in. */
export const RANK_WINDOW = 200;

/** The keys read so far for one condition of the query. */
export interface GroupRead {
  /** Keys known to meet the condition. */
  keys: ReadonlySet<string>;
  /**
   * Every key at or above this one that meets the condition is in `keys`; `''` when the
   * condition has been read completely.
   */
  frontier: string;
}

/** A settled match and, as a bit set over the query's terms, which it has in its title or tags. */
export interface Match {
  key: string;
  boosted: number;
}

/** The lowest key down to which every group is complete: matches at or above it are settled. */
export function settledFloor(groups: readonly GroupRead[]): string {
  return newestKey(groups.map((group) => group.frontier));
}

/** The largest (newest) of `keys`, `''` when there are none. Not `Math.max`: keys are strings. */
export function newestKey(keys: Iterable<string>): string {
  let newest = '';
  for (const key of keys) if (key > newest) newest = key;
  return newest;
}

/** Keys in every group at or above `settledFloor`, newest first. */
export function commonKeys(groups: readonly GroupRead[]): string[] {
  if (groups.length === 0) return [];
  const floor = settledFloor(groups);
  const smallest = groups.reduce((a, b) => (a.keys.size <= b.keys.size ? a : b));
  const common: string[] = [];
  for (const key of smallest.keys) {
    if (key >= floor && groups.every((group) => group === smallest || group.keys.has(key))) common.push(key);
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
export function rankMatches(matches: readonly Match[], window = RANK_WINDOW): string[] {
  const ranked: string[] = [];
  for (let start = 0; start < matches.length; start += window) {
    const chunk = matches.slice(start, start + window).map((match) => ({ key: match.key, score: countBits(match.boosted) }));
    chunk.sort((a, b) => b.score - a.score || newestFirst(a.key, b.key));
    for (const match of chunk) ranked.push(match.key);
  }
  return ranked;
}

function newestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
