/**
 * Application rate, PRODUCT.md's first-class metric: the share of entries the learner applied,
 * and the share applied within 30 days of capture.
 */
import { type CommonplaceDb, getDb } from './db';

export const APPLY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ApplicationRate {
  total: number;
  applied: number;
  /** Applied no later than 30 days after they were captured. */
  appliedInWindow: number;
  /**
   * Entries whose 30 days are over, plus younger ones already applied in time: an entry
   * captured yesterday and not yet applied has not failed, so it does not count against the rate.
   */
  dueInWindow: number;
}

/** `part / whole` as a whole percentage, or `undefined` when there is nothing to divide. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part / whole) * 100) : undefined;
}

/**
 * Counts from the indexes: `createdAt` for the totals, `applied.at` for the applied entries
 * (only those are read, for their capture time).
 */
export async function readApplicationRate(now: number, db: CommonplaceDb = getDb()): Promise<ApplicationRate> {
  const cutoff = now - APPLY_WINDOW_MS;
  return db.transaction('r', db.entries, async () => {
    const [total, old, applied] = await Promise.all([
      db.entries.orderBy('createdAt').count(),
      db.entries.where('createdAt').belowOrEqual(cutoff).count(),
      db.entries.where('applied.at').aboveOrEqual(0).toArray(),
    ]);
    let appliedInWindow = 0;
    let youngApplied = 0;
    for (const entry of applied) {
      const at = entry.applied?.at ?? Number.POSITIVE_INFINITY;
      if (at - entry.createdAt <= APPLY_WINDOW_MS) appliedInWindow += 1;
      if (entry.createdAt > cutoff && at - entry.createdAt <= APPLY_WINDOW_MS) youngApplied += 1;
    }
    return { total, applied: applied.length, appliedInWindow, dueInWindow: old + youngApplied };
  });
}
