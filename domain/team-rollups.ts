/**
 * Rollups of one teammate's share bundle for the manager's view: learning minutes per week,
 * sprints, captures, application rate, applied items with evidence, competencies and shared
 * reflections. Pure. Weeks are cut from the learner's own day keys with the manager's week
 * start (domain/week.ts), so no time zone is needed; "now" is the
 * bundle's own `createdAt` (a bundle is a snapshot; an item not applied yet when it was shared
 * has not failed because the manager reads it a month later). Everything here is self-reported.
 */
import { type CompetencyActivity, competencyActivity } from './team-competencies';
import { addDays, weekdayOf } from './week';

export type { CompetencyActivity };

/** storage/application-rate.ts's window: applied within 30 days of capture counts as in time. */
export const APPLY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** A bundle whose days span more than this many weeks is charted for its most recent ones. */
export const MAX_WEEKS = 520;

export interface RollupEntry {
  id: string;
  dayKey: string;
  createdAt: number;
  competencyIds: readonly string[];
  applied?: { at: number; evidence: string; link: string };
}
export interface RollupSprint {
  dayKey: string;
  elapsedMs: number;
  completed: boolean;
  competencyId?: string;
}
export interface RollupReflection {
  id: string;
  dayKey: string;
  createdAt: number;
  competencyId?: string;
}
export interface RollupBundle<E extends RollupEntry = RollupEntry, R extends RollupReflection = RollupReflection> {
  createdAt: number;
  period: { from: string; to: string };
  competencies: readonly { id: string; name: string; category: string }[];
  entries: readonly E[];
  sprints: readonly RollupSprint[];
  reflections: readonly R[];
}

export interface WeekRow {
  /** The week's first local day (`YYYY-MM-DD`). */
  weekStart: string;
  minutes: number;
  sprints: number;
  captures: number;
}

export interface RateCounts {
  total: number;
  applied: number;
  appliedInWindow: number;
  /** As storage/application-rate.ts: entries whose 30 days were over, plus younger ones applied in time. */
  dueInWindow: number;
}

export interface PersonRollup<E extends RollupEntry, R extends RollupReflection> {
  weeks: WeekRow[];
  minutes: number;
  sprints: number;
  completedSprints: number;
  captures: number;
  rate: RateCounts;
  /** Applied entries, most recently applied first. */
  applied: E[];
  /** Competencies with any activity, most active first. */
  competencies: CompetencyActivity[];
  /** Shared reflections grouped by day, newest day first. */
  reflectionsByDay: { day: string; reflections: R[] }[];
}

/** The first day of the week holding `day`, for a week starting on `weekStart` (0 = Sunday). */
export function weekStartOf(day: string, weekStart: number): string {
  return addDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
}

const minutesOf = (ms: number) => Math.round(ms / 60_000);

/** Every week from the period's (or else the activity's) first day to its last, zero-filled. */
export function weekRows(bundle: RollupBundle, weekStart: number): WeekRow[] {
  const days = [...bundle.entries.map((e) => e.dayKey), ...bundle.sprints.map((s) => s.dayKey), ...bundle.reflections.map((r) => r.dayKey)];
  if (bundle.period.from) days.push(bundle.period.from);
  if (bundle.period.to) days.push(bundle.period.to);
  if (days.length === 0) return [];
  days.sort();
  const last = weekStartOf(days[days.length - 1] ?? '', weekStart);
  let first = weekStartOf(days[0] ?? '', weekStart);
  if (first < addDays(last, -7 * (MAX_WEEKS - 1))) first = addDays(last, -7 * (MAX_WEEKS - 1));
  const rows = new Map<string, WeekRow & { ms: number }>();
  for (let week = first; week <= last; week = addDays(week, 7))
    rows.set(week, { weekStart: week, minutes: 0, sprints: 0, captures: 0, ms: 0 });
  for (const sprint of bundle.sprints) {
    const row = rows.get(weekStartOf(sprint.dayKey, weekStart));
    if (row) {
      row.ms += sprint.elapsedMs;
      row.sprints += 1;
    }
  }
  for (const entry of bundle.entries) {
    const row = rows.get(weekStartOf(entry.dayKey, weekStart));
    if (row) row.captures += 1;
  }
  return [...rows.values()].map(({ ms, ...row }) => ({ ...row, minutes: minutesOf(ms) }));
}

/** The application rate as of `asOf`, defined as storage/application-rate.ts defines it. */
export function rateOf(entries: readonly RollupEntry[], asOf: number): RateCounts {
  const cutoff = asOf - APPLY_WINDOW_MS;
  const counts: RateCounts = { total: entries.length, applied: 0, appliedInWindow: 0, dueInWindow: 0 };
  for (const entry of entries) {
    const inTime = entry.applied !== undefined && entry.applied.at - entry.createdAt <= APPLY_WINDOW_MS;
    if (entry.applied) counts.applied += 1;
    if (inTime) counts.appliedInWindow += 1;
    if (entry.createdAt <= cutoff || inTime) counts.dueInWindow += 1;
  }
  return counts;
}

/** Everything the per-person page shows, from one bundle. */
export function rollUpPerson<E extends RollupEntry, R extends RollupReflection>(
  bundle: RollupBundle<E, R>,
  weekStart: number,
): PersonRollup<E, R> {
  const byDay = new Map<string, R[]>();
  for (const reflection of bundle.reflections) byDay.set(reflection.dayKey, [...(byDay.get(reflection.dayKey) ?? []), reflection]);
  return {
    weeks: weekRows(bundle, weekStart),
    minutes: minutesOf(bundle.sprints.reduce((sum, sprint) => sum + sprint.elapsedMs, 0)),
    sprints: bundle.sprints.length,
    completedSprints: bundle.sprints.filter((sprint) => sprint.completed).length,
    captures: bundle.entries.length,
    rate: rateOf(bundle.entries, bundle.createdAt),
    applied: bundle.entries.filter((entry) => entry.applied).sort((a, b) => (b.applied?.at ?? 0) - (a.applied?.at ?? 0)),
    competencies: competencyActivity(bundle),
    reflectionsByDay: [...byDay.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([day, reflections]) => ({ day, reflections: reflections.sort((a, b) => a.createdAt - b.createdAt) })),
  };
}
