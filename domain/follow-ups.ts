/**
 * Follow-ups: entries the learner planned to apply ("how I will apply this") and has not marked
 * applied come back after a chosen number of days. Pure: `now` is an argument.
 */

const DAY_MS = 86_400_000;

/** The fields of an entry that decide whether it is a follow-up. */
export interface FollowUpCandidate {
  applyPlan: string;
  applied?: unknown;
  createdAt: number;
}

/** When an entry saved at `createdAt` is due to come back, `days` later. */
export function followUpDueAt(createdAt: number, days: number): number {
  return createdAt + days * DAY_MS;
}

/** The newest `createdAt` that is due at `now`: entries saved at or before it may be follow-ups. */
export function followUpCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** Whether `entry` has a plan, is not applied, and was saved at least `days` before `now`. */
export function isFollowUpDue(entry: FollowUpCandidate, now: number, days: number): boolean {
  return entry.applyPlan.trim() !== '' && entry.applied === undefined && followUpDueAt(entry.createdAt, days) <= now;
}

/** The entries due for a follow-up at `now`, oldest first (they have waited longest). */
export function selectFollowUps<T extends FollowUpCandidate>(entries: readonly T[], now: number, days: number): T[] {
  return entries.filter((entry) => isFollowUpDue(entry, now, days)).sort((a, b) => a.createdAt - b.createdAt);
}
