/** Summary reads from indexes give what the domain computes from whole records. */
import { afterEach, describe, expect, it } from 'vitest';
import { collectActivity, countStreak, summarizeWeek } from '../../../domain/summary';
import { addDays, shiftWeek, startOfDay, weekOfDay } from '../../../domain/week';
import { adjustDayTotals } from '../../../storage/day-totals';
import { CommonplaceDb } from '../../../storage/db';
import { type Entry, EntrySchema, type Reflection, type Sprint } from '../../../storage/schemas';
import { loadStreakDays, loadWeekReport, loadWeekSummary } from '../../../storage/summary-queries';

const ZONE = 'America/New_York';
const COMPETENCY = '99999999-9999-4999-8999-999999999999';
let db: CommonplaceDb;
let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

afterEach(async () => {
  await db?.delete();
});

function entry(day: string, extra: Partial<Entry> = {}): Entry {
  const at = startOfDay(day, ZONE) + 10 * 3_600_000;
  return EntrySchema.parse({
    id: uuid(),
    kind: 'note',
    url: '',
    canonicalUrl: '',
    title: `Note of ${day}`,
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt: at,
    updatedAt: at,
    dayKey: day,
    ...extra,
  });
}

const sprint = (day: string, minutes: number): Sprint => ({
  id: uuid(),
  startedAt: startOfDay(day, ZONE),
  endedAt: startOfDay(day, ZONE) + minutes * 60_000,
  plannedMs: 900_000,
  elapsedMs: minutes * 60_000,
  goal: '',
  completed: true,
  dayKey: day,
  competencyId: COMPETENCY,
});

/** Adds entries with their day totals, as storage/entries.ts writes them. */
async function addEntries(...entries: Entry[]): Promise<void> {
  await db.transaction('rw', db.entries, db.dayTotals, async () => {
    await db.entries.bulkAdd(entries);
    await adjustDayTotals(db, [], entries);
  });
}

const reflection = (day: string): Reflection => ({
  id: uuid(),
  dayKey: day,
  learned: 'x',
  didntWork: '',
  tryNext: '',
  createdAt: 0,
  updatedAt: 0,
});

describe('summary queries', () => {
  // Week of Sunday 1 November 2026 (US DST ends that day), Sunday start.
  const week = weekOfDay('2026-11-04', ZONE, 0);
  const now = startOfDay('2026-11-04', ZONE) + 12 * 3_600_000;

  async function seed() {
    db = new CommonplaceDb(`summary-${crypto.randomUUID()}`);
    const entries = [
      entry('2026-11-01', { competencyIds: [COMPETENCY], applyPlan: 'Try it at standup' }),
      entry('2026-11-04'),
      entry('2026-10-31'),
      entry('2026-09-01', { applied: { at: week.start, evidence: 'Done', link: '' } }),
      entry('2026-09-02', { applied: { at: week.start - 1, evidence: 'Earlier', link: '' } }),
    ];
    const sprints = [sprint('2026-11-02', 25), sprint('2026-10-30', 15)];
    const reflections = [reflection('2026-11-03')];
    await addEntries(...entries);
    await db.sprints.bulkAdd(sprints);
    await db.reflections.bulkAdd(reflections);
    await db.competencies.add({
      id: COMPETENCY,
      name: 'Facilitation',
      category: '',
      description: '',
      levels: [],
      keywords: [],
      archived: false,
      createdAt: 0,
      updatedAt: 0,
    });
    return { entries, sprints, reflections };
  }

  it('match the domain on whole records', async () => {
    const records = await seed();
    const { summary } = await loadWeekSummary({ now, timeZone: ZONE, weekStart: 0, goalMinutes: 100 }, db);
    const expected = summarizeWeek({
      current: collectActivity(week, records),
      previous: collectActivity(shiftWeek(week, -1), records),
      goalMinutes: 100,
      competencies: [{ id: COMPETENCY, name: 'Facilitation' }],
      streakDays: new Set(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']),
      today: '2026-11-04',
    });
    expect(summary).toEqual({
      ...expected,
      streak: undefined,
      topCompetencies: undefined,
      competenciesTouched: { value: 0, previous: 0, delta: 0 },
    });
    expect(summary.captures.value).toBe(2);
    expect(summary.applied).toEqual({ value: 1, previous: 1, delta: 0 });
    // The streak the report shows, from the same records.
    expect(countStreak(await loadStreakDays('2026-11-04', ZONE, db), '2026-11-04')).toBe(6);
  });

  it('the report lists applied items, the week’s reflections and what is still to apply', async () => {
    await seed();
    const report = await loadWeekReport(week, db);
    expect(report.applied.map((item) => item.applied?.evidence)).toEqual(['Done']);
    expect(report.toApply.map((item) => item.applyPlan)).toEqual(['Try it at standup']);
    expect(report.reflections).toHaveLength(1);
    expect(report.activity.captures).toEqual({ '2026-11-01': 1, '2026-11-04': 1 });
  });

  it.each([0, 1, 63, 64, 65, 200])('a streak of %i days is found through doubling windows', async (length) => {
    db = new CommonplaceDb(`streak-${crypto.randomUUID()}`);
    const today = '2026-11-04';
    // Alternate record kinds so every table (and the applied index) takes part; one empty day, then older activity.
    for (let index = 0; index < length; index++) {
      const day = addDays(today, -index);
      if (index % 4 === 0) await addEntries(entry(day));
      else if (index % 4 === 1) await db.sprints.add(sprint(day, 5));
      else if (index % 4 === 2) await db.reflections.add(reflection(day));
      else await addEntries(entry('2020-01-01', { applied: { at: startOfDay(day, ZONE) + 3_600_000, evidence: '', link: '' } }));
    }
    await addEntries(entry(addDays(today, -length - 2)));
    const days = await loadStreakDays(today, ZONE, db);
    expect(countStreak(days, today)).toBe(length);
    expect(days.has(addDays(today, -length))).toBe(false);
  });
});
