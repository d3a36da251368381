/**
 * The weekly summary with explicit dates: two time zones and both week starts, including the
 * 2026 daylight-saving weeks. Zones are passed as arguments; the same table runs again with
 * `process.env.TZ` set to each zone (Node re-reads TZ when it is assigned, so `Date`, the default
 * `Intl` zone and `dayKey()` without a zone follow it), which is how the extension runs: storage
 * stamps `dayKey` in the runtime's zone and the popup asks Intl for that zone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectActivity,
  countStreak,
  type EntryFacts,
  type ReflectionFacts,
  type SprintFacts,
  summarizeWeek,
} from '../../../domain/summary';
import { dayKey } from '../../../domain/time';
import { addDays, shiftWeek, startOfDay, type Week, weekContaining, weekOfDay } from '../../../domain/week';

const HOUR = 3_600_000;
const MIN = 60_000;
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const D = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const COMPETENCIES = [
  { id: A, name: 'Coaching' },
  { id: B, name: 'Writing' },
  { id: C, name: 'Testing' },
  { id: D, name: 'Design' },
];

// [zone, week start, a day inside the week, hours in that week]
const WEEKS: [string, number, string, number][] = [
  ['Europe/Berlin', 1, '2026-03-25', 167],
  ['Europe/Berlin', 0, '2026-03-29', 167],
  ['Europe/Berlin', 1, '2026-10-25', 169],
  ['Europe/Berlin', 0, '2026-10-27', 169],
  ['Europe/Berlin', 1, '2026-06-17', 168],
  ['America/New_York', 0, '2026-03-10', 167],
  ['America/New_York', 1, '2026-03-08', 167],
  ['America/New_York', 0, '2026-11-01', 169],
  ['America/New_York', 1, '2026-10-30', 169],
  ['America/New_York', 0, '2026-06-17', 168],
];

/** Local wall time `hours` after the start of `day` in the week's zone (DST-aware). */
const at = (week: Week, day: string, hours: number) => startOfDay(day, week.timeZone) + hours * HOUR;

/**
 * Records around `week`: activity at the very first and very last local minutes of the week,
 * a little in the week before, and applied marks on both sides of each boundary.
 */
function recordsAround(week: Week, stamp: (instant: number) => string) {
  const first = week.days[0] as string;
  const last = week.days[6] as string;
  const middle = week.days[3] as string;
  const dayBefore = addDays(first, -1);
  const firstMinute = at(week, first, 0) + 30_000;
  const lastMinute = week.end - MIN;
  const lateBefore = week.start - MIN;
  const sprints: SprintFacts[] = [
    { dayKey: stamp(firstMinute), elapsedMs: 10 * MIN, competencyId: B },
    { dayKey: stamp(lastMinute), elapsedMs: 20 * MIN + 20_000 },
    { dayKey: stamp(lateBefore), elapsedMs: 15 * MIN, competencyId: C },
  ];
  const entries: EntryFacts[] = [
    { dayKey: stamp(firstMinute), competencyIds: [A] },
    { dayKey: stamp(lastMinute), competencyIds: [A, B] },
    { dayKey: stamp(lateBefore), competencyIds: [C] },
    // Captured long ago, applied on either side of the boundaries.
    { dayKey: '2025-01-06', competencyIds: [], applied: { at: week.end - 1 } },
    { dayKey: '2025-01-06', competencyIds: [], applied: { at: week.end } },
    { dayKey: '2025-01-06', competencyIds: [], applied: { at: week.start - 1 } },
  ];
  const reflections: ReflectionFacts[] = [{ dayKey: middle, competencyId: A }, { dayKey: addDays(first, 7) }];
  return { entries, sprints, reflections, first, last, dayBefore };
}

function expectSummary(week: Week, stamp: (instant: number) => string) {
  const records = recordsAround(week, stamp);
  expect(records.entries[0]?.dayKey).toBe(records.first);
  expect(records.entries[1]?.dayKey).toBe(records.last);
  expect(records.entries[2]?.dayKey).toBe(records.dayBefore);
  const previous = shiftWeek(week, -1);
  const summary = summarizeWeek({
    current: collectActivity(week, records),
    previous: collectActivity(previous, records),
    goalMinutes: 60,
    competencies: COMPETENCIES,
    streakDays: new Set([records.dayBefore, records.first]),
    today: addDays(records.first, 1),
  });
  expect(summary).toEqual({
    minutes: { value: 30, previous: 15, delta: 15 },
    goalMinutes: 60,
    goalProgress: 0.5,
    sprints: { value: 2, previous: 1, delta: 1 },
    captures: { value: 2, previous: 1, delta: 1 },
    reflections: { value: 1, previous: 0, delta: 1 },
    applied: { value: 1, previous: 1, delta: 0 },
    // First day (sprint, capture), middle (reflection), last (sprint, capture, applied).
    activeDays: { value: 3, previous: 1, delta: 2 },
    competenciesTouched: { value: 2, previous: 1, delta: 1 },
    topCompetencies: [
      { id: A, name: 'Coaching', count: 3 },
      { id: B, name: 'Writing', count: 2 },
    ],
    streak: 2,
  });
}

describe.each(WEEKS)('zone %s as an argument, week start %i, week of %s', (zone, weekStart, day, hours) => {
  const week = weekOfDay(day, zone, weekStart);

  it(`the week has 7 days and ${hours} hours`, () => {
    expect(week.days).toHaveLength(7);
    expect((week.end - week.start) / HOUR).toBe(hours);
  });

  it('summarizes the week against the one before', () => {
    expectSummary(week, (instant) => dayKey(instant, zone));
  });
});

describe.each(['Europe/Berlin', 'America/New_York'])('process.env.TZ=%s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('the runtime follows TZ', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it.each(WEEKS.filter(([weekZone]) => weekZone === zone))(
    'runtime-stamped records summarize the same (%s, week start %i, %s)',
    (_, weekStart, day) => {
      const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const week = weekOfDay(day, runtimeZone, weekStart);
      // dayKey() with no zone is what storage stamps records with.
      expectSummary(week, (instant) => dayKey(instant));
      expect(weekContaining(week.start + 36 * HOUR, runtimeZone, weekStart)).toEqual(week);
    },
  );
});

describe('edge cases', () => {
  const week = weekOfDay('2026-06-17', 'Europe/Berlin', 1);
  const empty = collectActivity(week, { entries: [], sprints: [], reflections: [] });

  it('an empty week is all zeros, and a zero goal shows no progress', () => {
    const summary = summarizeWeek({
      current: empty,
      previous: empty,
      goalMinutes: 0,
      competencies: COMPETENCIES,
      streakDays: new Set(),
      today: '2026-06-17',
    });
    expect(summary.minutes).toEqual({ value: 0, previous: 0, delta: 0 });
    expect(summary.goalProgress).toBe(0);
    expect(summary.topCompetencies).toEqual([]);
    expect(summary.streak).toBe(0);
  });

  it('goal progress is capped at 1; deleted competencies are left out; only the top three show', () => {
    const sprints = [{ dayKey: '2026-06-15', elapsedMs: 200 * MIN }];
    const entries = [
      { dayKey: '2026-06-15', competencyIds: [A, B, C, D] },
      { dayKey: '2026-06-16', competencyIds: [D, 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee'] },
    ];
    const summary = summarizeWeek({
      current: collectActivity(week, { entries, sprints, reflections: [] }),
      previous: empty,
      goalMinutes: 120,
      competencies: COMPETENCIES,
      streakDays: new Set(),
      today: '2026-06-17',
    });
    expect(summary.goalProgress).toBe(1);
    expect(summary.topCompetencies?.map((competency) => competency.name)).toEqual(['Design', 'Coaching', 'Testing']);
    expect(summary.competenciesTouched.value).toBe(4);
  });

  it('competencies are unknown while entry competencies are not loaded', () => {
    const { entryCompetencies: _, ...withoutCompetencies } = empty;
    const summary = summarizeWeek({
      current: withoutCompetencies,
      previous: empty,
      goalMinutes: 1,
      competencies: COMPETENCIES,
      streakDays: new Set(),
      today: '2026-06-17',
    });
    expect(summary.topCompetencies).toBeUndefined();
  });
});

describe('streak', () => {
  it.each([
    ['today active, four days in a row', ['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'], '2026-03-29', 4],
    ['today not active yet: counts up to yesterday', ['2026-03-27', '2026-03-28'], '2026-03-29', 2],
    ['yesterday missed: broken', ['2026-03-26', '2026-03-27'], '2026-03-29', 0],
    ['a gap ends it', ['2026-03-24', '2026-03-26', '2026-03-27'], '2026-03-27', 2],
    ['across a month and a DST change', ['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-31', '2026-11-01'], '2026-11-01', 2],
    ['across the year', ['2025-12-30', '2025-12-31', '2026-01-01'], '2026-01-01', 3],
    ['nothing', [], '2026-01-01', 0],
  ])('%s', (_, days, today, expected) => {
    expect(countStreak(new Set(days), today)).toBe(expected);
  });
});
