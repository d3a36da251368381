import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommonplaceDb } from '../../../storage/db';
import { countDueFollowUps, loadDueFollowUps } from '../../../storage/follow-ups';
import type { Entry } from '../../../storage/schemas';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 12);
let db: CommonplaceDb;
let counter = 0;

function entry(title: string, daysAgo: number, applyPlan: string, applied?: Entry['applied']): Entry {
  const createdAt = NOW - daysAgo * DAY;
  return {
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    kind: 'note',
    url: '',
    canonicalUrl: '',
    title,
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan,
    ...(applied ? { applied } : {}),
    createdAt,
    updatedAt: createdAt,
    dayKey: new Date(createdAt).toISOString().slice(0, 10),
  };
}

beforeEach(async () => {
  db = new CommonplaceDb(`follow-ups-test-${crypto.randomUUID()}`);
  await db.entries.bulkAdd([
    entry('recent plan', 3, 'try it'),
    entry('old plan', 40, 'use in retro'),
    entry('applied plan', 50, 'done', { at: NOW - DAY, evidence: 'did it', link: '' }),
    entry('middle plan', 20, 'share with team'),
    entry('no plan', 60, ''),
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('loadDueFollowUps', () => {
  it('returns unapplied entries with a plan older than the delay, oldest first', async () => {
    expect((await loadDueFollowUps(NOW, 14, db)).map((item) => item.title)).toEqual(['old plan', 'middle plan']);
  });

  it.each([
    [1, 3],
    [14, 2],
    [30, 1],
    [90, 0],
  ])('with a delay of %i days, %i are due', async (days, count) => {
    expect(await countDueFollowUps(NOW, days, db)).toBe(count);
  });
});
