/**
 * Per-day totals of the journal's captures: how many entries carry each `dayKey`, and per
 * competency how many of them are tagged with it. Kept beside the entries (storage/day-totals.ts)
 * so the weekly summary reads fourteen small rows instead of counting entries at every popup open.
 * Pure: the caller brings the rows and the entries added or removed.
 */
import type { EntryFacts } from './summary';

export interface DayTotals {
  dayKey: string;
  /** Entries whose `dayKey` is this day (always above 0: an empty day has no row). */
  captures: number;
  /** Per competency id, how many of those entries carry it (ids at 0 are left out). */
  competencies: Record<string, number>;
}

export const emptyDayTotals = (dayKey: string): DayTotals => ({ dayKey, captures: 0, competencies: {} });

/**
 * Adds (`sign` 1) or takes away (`sign` -1) `entries` in `totals`, creating the rows of days not
 * there yet. Rows are changed in place; a row may reach 0 captures (the caller deletes it).
 */
export function tallyEntries(totals: Map<string, DayTotals>, entries: readonly EntryFacts[], sign: 1 | -1): void {
  for (const entry of entries) {
    let row = totals.get(entry.dayKey);
    if (!row) {
      row = emptyDayTotals(entry.dayKey);
      totals.set(entry.dayKey, row);
    }
    row.captures += sign;
    // Counted as `collectActivity` counts them, id by id.
    for (const id of entry.competencyIds) {
      const count = (row.competencies[id] ?? 0) + sign;
      if (count === 0) delete row.competencies[id];
      else row.competencies[id] = count;
    }
  }
}

/** The rows `entries` (a whole journal, say) add up to. */
export function totalsOf(entries: Iterable<EntryFacts>): DayTotals[] {
  const totals = new Map<string, DayTotals>();
  for (const entry of entries) tallyEntries(totals, [entry], 1);
  return [...totals.values()];
}

/** True when two rows of the same day hold the same figures. */
export function sameTotals(a: DayTotals, b: DayTotals): boolean {
  const ids = Object.keys(a.competencies);
  return (
    a.captures === b.captures &&
    ids.length === Object.keys(b.competencies).length &&
    ids.every((id) => a.competencies[id] === b.competencies[id])
  );
}

/** Captures per day and per-competency capture counts of the days in `rows` (a week's days, say). */
export function sumDayTotals(rows: readonly DayTotals[]): { captures: Record<string, number>; competencies: Record<string, number> } {
  const captures: Record<string, number> = {};
  const competencies: Record<string, number> = {};
  for (const row of rows) {
    if (row.captures > 0) captures[row.dayKey] = row.captures;
    for (const [id, count] of Object.entries(row.competencies)) competencies[id] = (competencies[id] ?? 0) + count;
  }
  return { captures, competencies };
}
