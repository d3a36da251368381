/**
 * Reads for the weekly summary and report. The popup's summary never loads entries (they carry
 * article bodies): captures and their competencies come from the per-day totals
 * (storage/day-totals.ts), applied instants from the `applied.at` index keys, and sprints and
 * reflections are small rows. Entries are read in full only for the report. Every function works
 * inside a Dexie `liveQuery`.
 */
import { sumDayTotals } from '../domain/day-totals';
import { collectActivity, countStreak, type EntryFacts, summarizeWeek, type WeekActivity, type WeekSummary } from '../domain/summary';
import { dayKey } from '../domain/time';
import { addDays, shiftWeek, startOfDay, type Week, weekContaining } from '../domain/week';
import { loadDayTotals } from './day-totals';
import { type CommonplaceDb, getDb } from './db';
import type { Competency, Entry, Reflection, Sprint } from './schemas';

const first = (week: Week) => week.days[0] as string;
const last = (week: Week) => week.days[6] as string;

/** Instants at which items were marked applied in `[from, to)`, from the index alone. */
async function appliedInstants(db: CommonplaceDb, from: number, to: number): Promise<number[]> {
  const keys = await db.entries.where('applied.at').between(from, to, true, false).keys();
  return keys.map(Number);
}

/**
 * A week's activity without reading entries: fourteen-odd small reads whatever the journal's size.
 * With `withCompetencies`, also the per-competency capture counts (from the same totals).
 */
export async function loadWeekActivity(
  week: Week,
  options: { withCompetencies: boolean },
  db: CommonplaceDb = getDb(),
): Promise<WeekActivity> {
  const [totals, sprints, reflections, appliedAt] = await Promise.all([
    loadDayTotals(db, first(week), last(week)),
    db.sprints.where('dayKey').between(first(week), last(week), true, true).toArray(),
    db.reflections.where('dayKey').between(first(week), last(week), true, true).toArray(),
    appliedInstants(db, week.start, week.end),
  ]);
  const { captures, competencies } = sumDayTotals(totals);
  return { week, sprints, reflections, captures, appliedAt, ...(options.withCompetencies ? { entryCompetencies: competencies } : {}) };
}

/** Days in `[from, to]` (day keys) with any learning: a capture, a sprint, a reflection or an item applied. */
export async function loadLearningDays(from: string, to: string, timeZone: string, db: CommonplaceDb = getDb()): Promise<Set<string>> {
  // Sprints, reflections and day totals are small rows, a few a day: one getAll each. Cursors
  // (uniqueKeys, keys) cost a round trip to the browser's IndexedDB backend per batch of rows.
  const [sprints, reflections, totals] = await Promise.all([
    db.sprints.where('dayKey').between(from, to, true, true).toArray(),
    db.reflections.where('dayKey').between(from, to, true, true).toArray(),
    loadDayTotals(db, from, to),
  ]);
  const days = new Set<string>([
    ...sprints.map((sprint) => sprint.dayKey),
    ...reflections.map((reflection) => reflection.dayKey),
    ...totals.map((row) => row.dayKey),
  ]);
  // Items applied are counted by instant, not stamped day: for each day still unknown, ask for at
  // most one, a single index seek.
  const unknown: string[] = [];
  for (let day = to; day >= from; day = addDays(day, -1)) if (!days.has(day)) unknown.push(day);
  const found = await Promise.all(
    unknown.map(async (day) => {
      const next = addDays(day, 1);
      const applied = await db.entries
        .where('applied.at')
        .between(startOfDay(day, timeZone), startOfDay(next, timeZone), true, false)
        .limit(1)
        .primaryKeys();
      return applied.length > 0;
    }),
  );
  unknown.forEach((day, index) => {
    if (found[index]) days.add(day);
  });
  return days;
}

/**
 * Enough learning days back from `today` to count the current streak: windows that double in
 * length (2 weeks, 4, 8 …) until the streak stops inside one, so a long streak costs a few
 * queries, not one per day.
 */
export async function loadStreakDays(today: string, timeZone: string, db: CommonplaceDb = getDb()): Promise<Set<string>> {
  const days = new Set<string>();
  let to = today;
  // Most streaks end within the first window; each further window costs one more round trip.
  for (let length = 64; length < 100_000; length *= 2) {
    const from = addDays(to, -(length - 1));
    for (const day of await loadLearningDays(from, to, timeZone, db)) days.add(day);
    const streak = countStreak(days, today);
    const anchor = days.has(today) ? today : addDays(today, -1);
    // The day before the streak began lies inside this window, so it is known to be empty: done.
    if (streak === 0 || addDays(anchor, -streak) >= from) break;
    to = addDays(from, -1);
  }
  return days;
}

export interface SummaryOptions {
  now: number;
  timeZone: string;
  weekStart: number;
  goalMinutes: number;
}

/**
 * This week's figures against last week, as of `now`, as the popup shows them: the streak and
 * the competencies are left undefined (the weekly report reads them, see `loadStreakDays`).
 */
export function loadWeekSummary(options: SummaryOptions, db: CommonplaceDb = getDb()): Promise<{ week: Week; summary: WeekSummary }> {
  // One read transaction instead of one per query.
  return db.transaction('r', [db.entries, db.sprints, db.reflections, db.dayTotals], () => readWeekSummary(options, db));
}

async function readWeekSummary(options: SummaryOptions, db: CommonplaceDb): Promise<{ week: Week; summary: WeekSummary }> {
  const week = weekContaining(options.now, options.timeZone, options.weekStart);
  const today = dayKey(options.now, options.timeZone);
  const load = { withCompetencies: false };
  const [current, previous] = await Promise.all([loadWeekActivity(week, load, db), loadWeekActivity(shiftWeek(week, -1), load, db)]);
  const summary = summarizeWeek({ current, previous, goalMinutes: options.goalMinutes, competencies: [], today });
  return { week, summary };
}

export interface WeekReport {
  week: Week;
  activity: WeekActivity;
  competencies: Competency[];
  sprints: Sprint[];
  reflections: Reflection[];
  /** Entries applied during the week, most recent first. */
  applied: Entry[];
  /** The week's captures with a plan to apply and not applied yet, oldest first. */
  toApply: Entry[];
  /** Everything captured during the week, oldest first. */
  captured: Entry[];
}

/** Everything the weekly report shows, with whole records. */
export async function loadWeekReport(week: Week, db: CommonplaceDb = getDb()): Promise<WeekReport> {
  const [entries, applied, sprints, reflections, competencies] = await Promise.all([
    db.entries.where('dayKey').between(first(week), last(week), true, true).toArray(),
    db.entries.where('applied.at').between(week.start, week.end, true, false).toArray(),
    db.sprints.where('dayKey').between(first(week), last(week), true, true).sortBy('startedAt'),
    db.reflections.where('dayKey').between(first(week), last(week), true, true).sortBy('dayKey'),
    db.competencies.toArray(),
  ]);
  const byId = new Map<string, EntryFacts>([...entries, ...applied].map((entry) => [entry.id, entry]));
  return {
    week,
    activity: collectActivity(week, { entries: [...byId.values()], sprints, reflections }),
    competencies,
    sprints,
    reflections,
    applied: applied.sort((a, b) => (b.applied?.at ?? 0) - (a.applied?.at ?? 0)),
    toApply: entries.filter((entry) => entry.applyPlan.trim() && !entry.applied).sort((a, b) => a.createdAt - b.createdAt),
    captured: [...entries].sort((a, b) => a.createdAt - b.createdAt),
  };
}
