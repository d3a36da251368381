/** Read-only queries for follow-ups (the "To apply" list and the daily reminder). */
import { followUpCutoff, selectFollowUps } from '../domain/follow-ups';
import { type CommonplaceDb, getDb } from './db';
import type { Entry } from './schemas';

/**
 * Entries due for a follow-up at `now` after `days`, oldest first. Reads only entries saved
 * before the cutoff (by the `createdAt` index); applied ones and those without a plan are
 * dropped by the domain rule.
 */
export async function loadDueFollowUps(now: number, days: number, db: CommonplaceDb = getDb()): Promise<Entry[]> {
  const candidates = await db.entries
    .where('createdAt')
    .belowOrEqual(followUpCutoff(now, days))
    .filter((entry) => entry.applied === undefined && entry.applyPlan.trim() !== '')
    .toArray();
  return selectFollowUps(candidates, now, days);
}

/** How many follow-ups are due (for the reminder's summary). */
export async function countDueFollowUps(now: number, days: number, db: CommonplaceDb = getDb()): Promise<number> {
  return (await loadDueFollowUps(now, days, db)).length;
}
