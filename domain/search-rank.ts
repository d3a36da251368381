/**
 * Ranking search results. A candidate carries, as bit sets over the query's terms, which terms
 * it matched anywhere and which it matched in its title or tags. Order: more query terms matched
 * first; then more of them in the title or tags; then newest (keys sort by creation time).
 */

export interface CandidateMatch {
  /** The row key; keys sort by creation time, so a larger key is a newer entry. */
  key: string;
  /** Bit i set: query term i occurs in the entry. */
  matched: number;
  /** Bit i set: query term i occurs in the title or a tag. */
  boosted: number;
}

/** Number of set bits (query terms are at most 32). */
export function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The candidates' keys, best match first (see the module comment for the order). */
export function rankCandidates(candidates: Iterable<CandidateMatch>): string[] {
  const scored = Array.from(candidates, (candidate) => ({
    key: candidate.key,
    // Matched terms dominate: at most 32 boosted terms can never outweigh one more matched term.
    score: countBits(candidate.matched) * 64 + countBits(candidate.boosted & candidate.matched),
  }));
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return scored.map((candidate) => candidate.key);
}
