/**
 * The weekly summary: learning minutes against the goal, sprints, captures,
 * reflections, competencies touched, items applied, active days and the streak, each compared
 * with the week before. Pure: the week comes from `week.ts`, records and "today" are arguments.
 */

import { dayKey } from './time';
import { addDays, isInWeek, type Week } from './week';

/** What a sprint contributes to a summary. */
export interface SprintFacts {
  dayKey: string;
  elapsedMs: number;
  competencyId?: string;
}

/** What a reflection contributes to a summary. */
export interface ReflectionFacts {
  dayKey: string;
  competencyId?: string;
}

/** What an entry contributes to a summary. */
export interface EntryFacts {
  dayKey: string;
  competencyIds: readonly string[];
  applied?: { at: number };
}

/** One week's learning activity, as the summary needs it (storage may fill it from indexes). */
export interface WeekActivity {
  week: Week;
  /** Sprints recorded on the week's days. */
  sprints: readonly SprintFacts[];
  /** Captures per day key (only the week's days). */
  captures: Readonly<Record<string, number>>;
  /** Reflections written for the week's days. */
  reflections: readonly ReflectionFacts[];
  /** Instants at which items were marked applied, inside the week. */
  appliedAt: readonly number[];
  /** Per competency id, how many of the week's captures carry it; absent while not loaded. */
  entryCompetencies?: Readonly<Record<string, number>>;
}

export interface Comparison {
  value: number;
  previous: number;
  /** `value - previous`. */
  delta: number;
}

export interface CompetencyCount {
  id: string;
  name: string;
  count: number;
}

export interface WeekSummary {
  minutes: Comparison;
  goalMinutes: number;
  /** Share of the goal reached, 0–1 (capped at 1); 0 when the goal is 0. */
  goalProgress: number;
  sprints: Comparison;
  captures: Comparison;
  reflections: Comparison;
  applied: Comparison;
  activeDays: Comparison;
  competenciesTouched: Comparison;
  /** The three competencies touched most often; absent while entry competencies are not loaded. */
  topCompetencies?: CompetencyCount[];
  /**
   * Consecutive days with learning, ending today, or yesterday while today has no learning yet;
   * absent while the days before this week are not loaded.
   */
  streak?: number;
}

/**
 * Builds a week's activity from whole records (any superset of the week: records outside it are
 * ignored). Entries count as captures on their `dayKey` and as applied when `applied.at` falls in
 * the week, whatever day they were captured.
 */
export function collectActivity(
  week: Week,
  records: { entries: readonly EntryFacts[]; sprints: readonly SprintFacts[]; reflections: readonly ReflectionFacts[] },
): WeekActivity {
  const inWeek = new Set(week.days);
  const captures: Record<string, number> = {};
  const entryCompetencies: Record<string, number> = {};
  const appliedAt: number[] = [];
  for (const entry of records.entries) {
    if (entry.applied && isInWeek(week, entry.applied.at)) appliedAt.push(entry.applied.at);
    if (!inWeek.has(entry.dayKey)) continue;
    captures[entry.dayKey] = (captures[entry.dayKey] ?? 0) + 1;
    for (const id of entry.competencyIds) entryCompetencies[id] = (entryCompetencies[id] ?? 0) + 1;
  }
  return {
    week,
    sprints: records.sprints.filter((sprint) => inWeek.has(sprint.dayKey)),
    captures,
    reflections: records.reflections.filter((reflection) => inWeek.has(reflection.dayKey)),
    appliedAt,
    entryCompetencies,
  };
}

/** Whole minutes of learning time (sprint time, partial sprints included), rounded to nearest. */
export function learningMinutes(sprints: readonly SprintFacts[]): number {
  return Math.round(sprints.reduce((sum, sprint) => sum + sprint.elapsedMs, 0) / 60_000);
}

/** The week's days on which anything was learned: sprint time, a capture, a reflection or an item applied. */
export function activeDaysOf(activity: WeekActivity): Set<string> {
  const days = new Set<string>();
  for (const sprint of activity.sprints) if (sprint.elapsedMs > 0) days.add(sprint.dayKey);
  for (const [day, count] of Object.entries(activity.captures)) if (count > 0) days.add(day);
  for (const reflection of activity.reflections) days.add(reflection.dayKey);
  for (const at of activity.appliedAt) days.add(dayKey(at, activity.week.timeZone));
  return days;
}

/**
 * Per competency, how often the week touched it: captures tagged with it, sprints and
 * reflections for it. Sorted by count, then name; competencies no longer in `competencies`
 * (deleted) are left out. Undefined while entry competencies are not loaded.
 */
export function rankCompetencies(
  activity: WeekActivity,
  competencies: readonly { id: string; name: string }[],
): CompetencyCount[] | undefined {
  if (!activity.entryCompetencies) return undefined;
  const counts = new Map<string, number>(Object.entries(activity.entryCompetencies));
  const add = (id: string | undefined) => {
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const sprint of activity.sprints) add(sprint.competencyId);
  for (const reflection of activity.reflections) add(reflection.competencyId);
  const names = new Map(competencies.map((competency) => [competency.id, competency.name]));
  return [...counts]
    .filter(([id, count]) => count > 0 && names.has(id))
    .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The current streak: consecutive days with learning ending today. While today has no
 * learning yet the streak still counts up to yesterday (it is not broken until today ends).
 */
export function countStreak(activeDays: ReadonlySet<string>, today: string): number {
  let day = activeDays.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (activeDays.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

function compare(value: number, previous: number): Comparison {
  return { value, previous, delta: value - previous };
}

const sum = (values: Readonly<Record<string, number>>) => Object.values(values).reduce((total, value) => total + value, 0);

/** Computes the summary of `current` against `previous` (the week before). */
export function summarizeWeek(input: {
  current: WeekActivity;
  previous: WeekActivity;
  goalMinutes: number;
  competencies: readonly { id: string; name: string }[];
  /** Every day with learning up to today (at least back to where the streak breaks); absent while not loaded. */
  streakDays?: ReadonlySet<string>;
  today: string;
}): WeekSummary {
  const { current, previous, goalMinutes, competencies } = input;
  const minutes = learningMinutes(current.sprints);
  const ranked = rankCompetencies(current, competencies);
  const rankedBefore = rankCompetencies(previous, competencies);
  return {
    minutes: compare(minutes, learningMinutes(previous.sprints)),
    goalMinutes,
    goalProgress: goalMinutes > 0 ? Math.min(1, minutes / goalMinutes) : 0,
    sprints: compare(current.sprints.length, previous.sprints.length),
    captures: compare(sum(current.captures), sum(previous.captures)),
    reflections: compare(current.reflections.length, previous.reflections.length),
    applied: compare(current.appliedAt.length, previous.appliedAt.length),
    activeDays: compare(activeDaysOf(current).size, activeDaysOf(previous).size),
    competenciesTouched: compare(ranked?.length ?? 0, rankedBefore?.length ?? 0),
    topCompetencies: ranked?.slice(0, 3),
    streak: input.streakDays && countStreak(input.streakDays, input.today),
  };
}

/** Per day of the week: learning minutes and captures (for the report's chart and table). */
export function dailySeries(activity: WeekActivity): { day: string; minutes: number; captures: number }[] {
  return activity.week.days.map((day) => ({
    day,
    minutes: learningMinutes(activity.sprints.filter((sprint) => sprint.dayKey === day)),
    captures: activity.captures[day] ?? 0,
  }));
}
