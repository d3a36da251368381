/** Team rollups of share bundles, with explicit days and instants (2026-03-02 is a Monday). */
import { describe, expect, it } from 'vitest';
import { competencyActivity, competencyKey, teamCompetencies } from '../../../domain/team-competencies';
import { APPLY_WINDOW_MS, rateOf, rollUpPerson, weekRows, weekStartOf } from '../../../domain/team-rollups';
import { APPLY_WINDOW_MS as STORAGE_WINDOW } from '../../../storage/application-rate';
import { shareBundle, sharedEntry, sharedReflection, sharedSprint, uuid } from '../../support/team-bundles';

const SUNDAY = 0;
const MONDAY = 1;
const DAY = 86_400_000;
const ADA = uuid(1, 0);
const BO = uuid(2, 0);
const C = (n: number) => uuid(3, n);
const E = (n: number) => uuid(4, n);
const S = (n: number) => uuid(5, n);
const R = (n: number) => uuid(6, n);

describe('weeks', () => {
  it.each([
    ['2026-03-02', MONDAY, '2026-03-02'],
    ['2026-03-08', MONDAY, '2026-03-02'],
    ['2026-03-08', SUNDAY, '2026-03-08'],
    ['2026-03-07', SUNDAY, '2026-03-01'],
    ['2026-03-29', MONDAY, '2026-03-23'],
  ])('%s is in the week starting %s (week start %i)', (day, weekStart, expected) => {
    expect(weekStartOf(day, weekStart)).toBe(expected);
  });

  it('buckets minutes, sprints and captures per week over the period, zero weeks included', () => {
    const bundle = shareBundle(ADA, 'Ada', {
      period: { from: '2026-03-02', to: '2026-03-22' },
      sprints: [sharedSprint(S(1), '2026-03-02', 15), sharedSprint(S(2), '2026-03-08', 10.5), sharedSprint(S(3), '2026-03-16', 20)],
      entries: [sharedEntry(E(1), '2026-03-03'), sharedEntry(E(2), '2026-03-17'), sharedEntry(E(3), '2026-03-18')],
    });
    expect(weekRows(bundle, MONDAY)).toEqual([
      { weekStart: '2026-03-02', minutes: 26, sprints: 2, captures: 1 },
      { weekStart: '2026-03-09', minutes: 0, sprints: 0, captures: 0 },
      { weekStart: '2026-03-16', minutes: 20, sprints: 1, captures: 2 },
    ]);
    // A Sunday week start moves the 8 March sprint into the next week.
    expect(weekRows(bundle, SUNDAY).map((row) => [row.weekStart, row.minutes])).toEqual([
      ['2026-03-01', 15],
      ['2026-03-08', 11],
      ['2026-03-15', 20],
      ['2026-03-22', 0],
    ]);
  });

  it('spans the activity when the period is all time, and charts at most the last 520 weeks', () => {
    const allTime = { from: '', to: '' };
    expect(weekRows(shareBundle(ADA, 'Ada', { period: allTime }), MONDAY)).toEqual([]);
    const wide = shareBundle(ADA, 'Ada', { period: allTime, entries: [sharedEntry(E(1), '1990-01-01'), sharedEntry(E(2), '2026-03-04')] });
    const rows = weekRows(wide, MONDAY);
    expect(rows).toHaveLength(520);
    expect(rows.at(-1)).toEqual({ weekStart: '2026-03-02', minutes: 0, sprints: 0, captures: 1 });
  });
});

describe('application rate as of the bundle', () => {
  const asOf = Date.parse('2026-04-30T12:00:00Z');
  const old = asOf - APPLY_WINDOW_MS - DAY;
  const young = asOf - 5 * DAY;
  const applied = (createdAt: number, afterDays: number) => ({ at: createdAt + afterDays * DAY, evidence: 'Did it', link: '' });

  it('uses the window storage/application-rate.ts uses', () => {
    expect(APPLY_WINDOW_MS).toBe(STORAGE_WINDOW);
  });

  it.each([
    ['nothing shared', [], { total: 0, applied: 0, appliedInWindow: 0, dueInWindow: 0 }],
    ['old, not applied: due and missed', [{ createdAt: old }], { total: 1, applied: 0, appliedInWindow: 0, dueInWindow: 1 }],
    ['young, not applied: not due yet', [{ createdAt: young }], { total: 1, applied: 0, appliedInWindow: 0, dueInWindow: 0 }],
    [
      'young, applied in time',
      [{ createdAt: young, applied: applied(young, 2) }],
      { total: 1, applied: 1, appliedInWindow: 1, dueInWindow: 1 },
    ],
    ['old, applied late', [{ createdAt: old, applied: applied(old, 31) }], { total: 1, applied: 1, appliedInWindow: 0, dueInWindow: 1 }],
    [
      'old, applied on day 30',
      [{ createdAt: old, applied: applied(old, 30) }],
      { total: 1, applied: 1, appliedInWindow: 1, dueInWindow: 1 },
    ],
  ])('%s', (_, entries, expected) => {
    const full = entries.map((entry, index) => sharedEntry(E(index), '2026-03-01', entry));
    expect(rateOf(full, asOf)).toEqual(expected);
  });
});

describe('one person', () => {
  const competencies = [
    { id: C(1), name: 'Feedback', category: 'Communication' },
    { id: C(2), name: 'Presenting', category: 'Communication' },
    { id: C(3), name: 'Unused', category: 'Craft' },
  ];
  const bundle = shareBundle(ADA, 'Ada', {
    createdAt: Date.parse('2026-03-16T12:00:00Z'),
    competencies,
    entries: [
      sharedEntry(E(1), '2026-03-03', {
        competencyIds: [C(1), C(1)],
        applied: { at: Date.parse('2026-03-05T10:00:00Z'), evidence: 'Review', link: '' },
      }),
      sharedEntry(E(2), '2026-03-04', { competencyIds: [C(1), C(2), uuid(9, 9)] }),
      sharedEntry(E(3), '2026-03-10', {
        applied: { at: Date.parse('2026-03-12T10:00:00Z'), evidence: 'Talk', link: 'https://example.com' },
      }),
    ],
    sprints: [sharedSprint(S(1), '2026-03-03', 15, { competencyId: C(2) }), sharedSprint(S(2), '2026-03-11', 5, { completed: false })],
    reflections: [
      sharedReflection(R(2), '2026-03-11', { createdAt: Date.parse('2026-03-11T18:00:00Z') }),
      sharedReflection(R(1), '2026-03-11', { competencyId: C(1) }),
      sharedReflection(R(3), '2026-03-03'),
    ],
  });
  const rollup = rollUpPerson(bundle, MONDAY);

  it('totals minutes, sprints and captures', () => {
    expect(rollup).toMatchObject({ minutes: 20, sprints: 2, completedSprints: 1, captures: 3 });
    expect(rollup.rate).toEqual({ total: 3, applied: 2, appliedInWindow: 2, dueInWindow: 2 });
  });

  it('lists applied items, most recently applied first', () => {
    expect(rollup.applied.map((entry) => entry.id)).toEqual([E(3), E(1)]);
  });

  it('counts competencies once per item, skips unknown and unused ones, most active first', () => {
    expect(rollup.competencies).toEqual([
      { id: C(1), name: 'Feedback', category: 'Communication', entries: 2, applied: 1, sprints: 0, minutes: 0, reflections: 1 },
      { id: C(2), name: 'Presenting', category: 'Communication', entries: 1, applied: 0, sprints: 1, minutes: 15, reflections: 0 },
    ]);
  });

  it('groups reflections by day, newest day first, in writing order', () => {
    expect(rollup.reflectionsByDay.map(({ day, reflections }) => [day, reflections.map((r) => r.id)])).toEqual([
      ['2026-03-11', [R(1), R(2)]],
      ['2026-03-03', [R(3)]],
    ]);
  });
});

describe('across the team', () => {
  it.each([
    ['Written  communication', 'Communication', 'written communication', ' communication ', true],
    ['Feedback', 'Communication', 'FEEDBACK', 'communication', true],
    ['Feedback', 'Communication', 'Feedback', 'Leadership', false],
    ['Ｆeedback', 'Communication', 'Feedback', 'Communication', true],
    ['a","b', 'c', 'a', 'b","c', false],
  ])('%j in %j matches %j in %j: %s', (nameA, categoryA, nameB, categoryB, same) => {
    expect(competencyKey(nameA, categoryA) === competencyKey(nameB, categoryB)).toBe(same);
  });

  it('matches competencies by name and category and lists who works on each, with applied evidence', () => {
    const ada = shareBundle(ADA, 'Ada', {
      competencies: [{ id: C(1), name: 'Feedback', category: 'Communication' }],
      entries: [
        sharedEntry(E(1), '2026-03-03', {
          competencyIds: [C(1)],
          applied: { at: Date.parse('2026-03-04T10:00:00Z'), evidence: 'Review', link: '' },
        }),
      ],
    });
    const bo = shareBundle(BO, 'Bo', {
      competencies: [
        { id: C(7), name: 'feedback', category: 'communication' },
        { id: C(8), name: 'Feedback ', category: 'Communication' },
        { id: C(9), name: 'Testing', category: 'Craft' },
      ],
      entries: [sharedEntry(E(2), '2026-03-05', { competencyIds: [C(7), C(8)] })],
      sprints: [sharedSprint(S(1), '2026-03-05', 30, { competencyId: C(8) }), sharedSprint(S(2), '2026-03-06', 10, { competencyId: C(9) })],
    });
    const members = [
      { learnerId: ADA, displayName: 'Ada', bundle: ada },
      { learnerId: BO, displayName: 'Bo', bundle: bo },
    ];
    const team = teamCompetencies(members);
    expect(team.map((c) => [c.name, c.category, c.people.map((p) => p.displayName)])).toEqual([
      ['Feedback', 'Communication', ['Bo', 'Ada']],
      ['Testing', 'Craft', ['Bo']],
    ]);
    const feedback = team[0];
    expect(feedback?.key).toBe(competencyKey('feedback', 'communication'));
    expect(feedback?.people[0]?.activity).toMatchObject({ entries: 1, sprints: 1, minutes: 30, applied: 0 });
    expect(feedback?.people[1]?.applied.map((entry) => entry.applied?.evidence)).toEqual(['Review']);
    expect(competencyActivity(bo).map((row) => row.id)).toEqual([C(8), C(7), C(9)]);
  });
});
