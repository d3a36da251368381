/**
 * The `dayTotals` table: per day, the captures and their competencies (domain/day-totals.ts).
 * Every write of entries changes it in the same read-write transaction (storage/entries.ts,
 * storage/journal-import.ts), so the rows always add up to the entries; the weekly summary reads
 * them instead of counting entries, whose rows carry article bodies.
 */
import { type DayTotals, emptyDayTotals, sameTotals, tallyEntries } from '../domain/day-totals';
import type { EntryFacts } from '../domain/summary';
import type { CommonplaceDb } from './db';

/**
 * Takes `removed` (entries as they were before the write, or deleted) out of the totals and puts
 * `added` (as written) in; only inside a read-write transaction over `dayTotals` that also writes
 * the entries. Rows that come out unchanged are not written, so an edit of a note wakes no live query.
 */
export async function adjustDayTotals(db: CommonplaceDb, removed: readonly EntryFacts[], added: readonly EntryFacts[]): Promise<void> {
  const days = [...new Set([...removed, ...added].map((entry) => entry.dayKey))];
  if (days.length === 0) return;
  const stored = await db.dayTotals.bulkGet(days);
  const before = new Map(days.map((day, index) => [day, stored[index] ?? emptyDayTotals(day)]));
  const after = new Map([...before].map(([day, row]) => [day, { ...row, competencies: { ...row.competencies } }]));
  tallyEntries(after, removed, -1);
  tallyEntries(after, added, 1);
  const changed = [...after.values()].filter((row) => !sameTotals(row, before.get(row.dayKey) ?? emptyDayTotals(row.dayKey)));
  const kept = changed.filter((row) => row.captures > 0);
  const emptied = changed.filter((row) => row.captures <= 0).map((row) => row.dayKey);
  if (kept.length > 0) await db.dayTotals.bulkPut(kept);
  if (emptied.length > 0) await db.dayTotals.bulkDelete(emptied);
}

/** The rows of the days `from` to `to` (day keys, inclusive); days without captures have none. */
export function loadDayTotals(db: CommonplaceDb, from: string, to: string): Promise<DayTotals[]> {
  return db.dayTotals.where('dayKey').between(from, to, true, true).toArray();
}
