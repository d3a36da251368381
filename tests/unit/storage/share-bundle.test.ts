import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShareOptions } from '../../../domain/share-selection';
import { CommonplaceDb } from '../../../storage/db';
import { ShareBundleV1Schema } from '../../../storage/exchange-schemas';
import { setLearnerId } from '../../../storage/identity';
import type { Entry, Reflection, Sprint } from '../../../storage/schemas';
import { updateSettings } from '../../../storage/settings';
import { createShareBundle, loadShareSource, readShareLearner, ShareBundleError } from '../../../storage/share-bundle';

const T0 = Date.UTC(2026, 4, 20, 9);
const LEARNER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const id = (n: number) => `eeeeeeee-eeee-4eee-8eee-${String(n).padStart(12, '0')}`;

function entry(n: number, dayKey: string): Entry {
  return {
    id: id(n),
    kind: 'link',
    url: `https://example.com/${n}`,
    canonicalUrl: '',
    title: `Entry ${n}`,
    note: 'private',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt: T0 + n,
    updatedAt: T0 + n,
    dayKey,
  };
}
const sprint = (n: number, dayKey: string): Sprint => ({
  id: id(n),
  startedAt: T0 + n,
  endedAt: T0 + n + 60_000,
  plannedMs: 60_000,
  elapsedMs: 60_000,
  goal: '',
  completed: true,
  dayKey,
});
const reflection = (n: number, dayKey: string): Reflection => ({
  id: id(n),
  dayKey,
  learned: 'x',
  didntWork: '',
  tryNext: '',
  sprintId: id(n + 1),
  createdAt: T0,
  updatedAt: T0 + 1,
});

const OPTIONS: ShareOptions = {
  from: '',
  to: '',
  competencyIds: [],
  kinds: ['clips', 'notes', 'reflections', 'sprints'],
  includePrivateNotes: false,
  includeBodies: false,
  excludedIds: [],
};

let db: CommonplaceDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`share-test-${crypto.randomUUID()}`);
  await db.entries.bulkPut([entry(1, '2026-04-30'), entry(2, '2026-05-01'), entry(3, '2026-05-20'), entry(4, '2026-05-21')]);
  await db.sprints.bulkPut([sprint(10, '2026-04-30'), sprint(11, '2026-05-10')]);
  await db.reflections.bulkPut([reflection(20, '2026-05-20'), reflection(22, '2026-06-01')]);
});
afterEach(() => db.delete());

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('loadShareSource', () => {
  it.each<[string, string, string, number[]]>([
    ['all time', '', '', [1, 2, 3, 4, 10, 11, 20, 22]],
    ['an inclusive range', '2026-05-01', '2026-05-20', [2, 3, 11, 20]],
    ['open start', '', '2026-04-30', [1, 10]],
    ['open end', '2026-05-21', '', [4, 22]],
    ['from after to', '2026-05-21', '2026-05-01', []],
  ])('reads %s through the day indexes', async (_, from, to, expected) => {
    const source = await loadShareSource({ from, to }, db);
    expect([...ids(source.entries), ...ids(source.sprints), ...ids(source.reflections)]).toEqual(expected.map(id));
  });
});

describe('createShareBundle', () => {
  it('builds a bundle that passes the schema, without fields the schema does not know', async () => {
    const source = await loadShareSource({ from: '', to: '' }, db);
    const bundle = createShareBundle(source, OPTIONS, { now: T0, learner: { id: LEARNER, displayName: 'Ada' } });
    expect(ShareBundleV1Schema.parse(bundle)).toEqual(bundle);
    expect(bundle.entries.every((item) => item.note === undefined)).toBe(true);
    expect(bundle.reflections[0]).not.toHaveProperty('sprintId');
  });

  it('refuses to produce a bundle the schema refuses', async () => {
    const source = await loadShareSource({ from: '', to: '' }, db);
    expect(() => createShareBundle(source, OPTIONS, { now: T0, learner: { id: 'not-a-uuid', displayName: 'Ada' } })).toThrow(
      ShareBundleError,
    );
  });
});

describe('readShareLearner', () => {
  it('reads the learner id and the display name from settings', async () => {
    await setLearnerId(LEARNER);
    await updateSettings({ displayName: 'Ada Lovelace' });
    expect(await readShareLearner()).toEqual({ id: LEARNER, displayName: 'Ada Lovelace' });
  });
});
