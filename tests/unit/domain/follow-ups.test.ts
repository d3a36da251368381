import { describe, expect, it } from 'vitest';
import { followUpDueAt, isFollowUpDue, selectFollowUps } from '../../../domain/follow-ups';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T12:00:00Z');
const entry = (id: string, daysAgo: number, applyPlan = 'Try it in the Monday retro', applied?: object) => ({
  id,
  applyPlan,
  createdAt: NOW - daysAgo * DAY,
  ...(applied ? { applied } : {}),
});

describe('isFollowUpDue', () => {
  it.each([
    ['a plan, 14 days old, delay 14', entry('a', 14), 14, true],
    ['a plan, one millisecond short of 14 days', { ...entry('a', 14), createdAt: NOW - 14 * DAY + 1 }, 14, false],
    ['a plan, 30 days old', entry('a', 30), 14, true],
    ['no plan', entry('a', 30, ''), 14, false],
    ['a plan of only spaces', entry('a', 30, '  \n '), 14, false],
    ['applied', entry('a', 30, 'plan', { at: NOW - DAY, evidence: '', link: '' }), 14, false],
    ['delay 1, two days old', entry('a', 2), 1, true],
    ['delay 90, 89 days old', entry('a', 89), 90, false],
  ])('%s -> %s', (_name, candidate, days, expected) => {
    expect(isFollowUpDue(candidate, NOW, days)).toBe(expected);
  });
});

describe('selectFollowUps', () => {
  it('keeps the due ones, oldest first', () => {
    const entries = [
      entry('recent', 3),
      entry('old', 40),
      entry('applied', 50, 'x', { at: 1 }),
      entry('middle', 20),
      entry('no-plan', 60, ''),
    ];
    expect(selectFollowUps(entries, NOW, 14).map((item) => item.id)).toEqual(['old', 'middle']);
  });

  it('is empty when nothing is due', () => {
    expect(selectFollowUps([entry('recent', 1)], NOW, 14)).toEqual([]);
  });
});

it('followUpDueAt adds whole days of milliseconds', () => {
  expect(followUpDueAt(NOW, 14)).toBe(NOW + 14 * DAY);
});
