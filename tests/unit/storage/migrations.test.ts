import { describe, expect, it } from 'vitest';
import { CommonplaceDb, SCHEMA_STEPS } from '../../../storage/db';
import { docBase } from '../../../storage/list-row';
import { EntrySchema, SprintSchema } from '../../../storage/schemas';
import { searchDocs } from '../../../storage/search-find';
import { completePendingRows } from '../../../storage/search-pending';

const T0 = Date.UTC(2026, 0, 5, 8);

const v1Entry = EntrySchema.parse({
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'link',
  url: 'https://example.com/',
  canonicalUrl: '',
  title: 'Example',
  note: 'kept through upgrades',
  tags: ['x'],
  competencyIds: [],
  takeaway: '',
  applyPlan: '',
  createdAt: T0,
  updatedAt: T0,
  dayKey: '2026-01-05',
});

const v1Sprint = SprintSchema.parse({
  id: '22222222-2222-4222-8222-222222222222',
  startedAt: T0,
  endedAt: T0 + 900_000,
  plannedMs: 900_000,
  elapsedMs: 900_000,
  competencyId: '33333333-3333-4333-8333-333333333333',
  goal: '',
  completed: true,
  dayKey: '2026-01-05',
});

/** Writes data with every step before `version`, then opens the database with all steps. */
async function upgradeFrom(version: number, seed: (db: CommonplaceDb) => Promise<void>) {
  const name = `migration-${version}-${crypto.randomUUID()}`;
  const old = new CommonplaceDb(
    name,
    SCHEMA_STEPS.filter((step) => step.version < version),
  );
  await seed(old);
  old.close();
  const current = new CommonplaceDb(name);
  await current.open();
  return current;
}

describe('schema steps', () => {
  it('are ordered and start at 1', () => {
    expect(SCHEMA_STEPS.map((step) => step.version)).toEqual(SCHEMA_STEPS.map((_, index) => index + 1));
  });

  it('v1 -> v2: entries and sprints survive; sprints are queryable by competency; teamMembers exists', async () => {
    const db = await upgradeFrom(2, async (old) => {
      await old.entries.add(v1Entry);
      await old.sprints.add(v1Sprint);
    });
    expect(db.verno).toBe(SCHEMA_STEPS.length);
    expect(await db.entries.get(v1Entry.id)).toEqual(v1Entry);
    expect(
      await db.sprints
        .where('competencyId')
        .equals(v1Sprint.competencyId ?? '')
        .count(),
    ).toBe(1);
    expect(await db.teamMembers.count()).toBe(0);
    expect(await db.entries.where('tags').equals('x').count()).toBe(1);
    await db.delete();
  });

  it('v2 -> v3: entries applied before the upgrade are found by when they were applied', async () => {
    const applied = { ...v1Entry, id: '44444444-4444-4444-8444-444444444444', applied: { at: T0 + 1_000, evidence: 'Used it', link: '' } };
    const db = await upgradeFrom(3, async (old) => {
      await old.entries.bulkAdd([v1Entry, applied]);
    });
    expect(db.verno).toBe(SCHEMA_STEPS.length);
    expect(
      await db.entries
        .where('applied.at')
        .between(T0, T0 + 2_000)
        .primaryKeys(),
    ).toEqual([applied.id]);
    expect(await db.entries.get(v1Entry.id)).toEqual(v1Entry);
    expect(await db.entries.get(applied.id)).toEqual(applied);
    await db.delete();
  });

  it.each([5, 8])('v%i: entries saved before get list rows at once and are found once their text is indexed', async (version) => {
    const db = await upgradeFrom(version, async (old) => {
      await old.entries.add(v1Entry);
      await old.entries.add({ ...v1Entry, id: '77777777-7777-4777-8777-777777777777', title: 'Twin', note: '' });
    });
    expect(db.verno).toBe(SCHEMA_STEPS.length);
    const rows = await db.listRows.toArray();
    // Same creation time, two document numbers: in the list in creation order.
    expect(rows.map((row) => row.doc)).toEqual([docBase(T0), docBase(T0) + 1]);
    expect(rows[0]).toMatchObject({ id: v1Entry.id, title: 'Example', tags: ['x'], applied: 0, createdAt: T0, unindexed: 1 });
    expect(await searchDocs('upgrades', db)).toEqual([]);
    expect(await completePendingRows(db)).toBe(2);
    expect(await searchDocs('upgrades', db)).toEqual([docBase(T0)]);
    expect(await searchDocs('twin', db)).toEqual([docBase(T0) + 1]);
    expect(await db.entries.get(v1Entry.id)).toEqual(v1Entry);
    expect(db.tables.map((table) => table.name)).not.toContain('searchRows');
    await db.delete();
  });

  it('v3 -> v4: entries survive; site rules exist, keyed by host name', async () => {
    const db = await upgradeFrom(4, async (old) => {
      await old.entries.add(v1Entry);
    });
    expect(await db.entries.get(v1Entry.id)).toEqual(v1Entry);
    expect(await db.siteRules.count()).toBe(0);
    expect(db.siteRules.schema.primKey.name).toBe('hostname');
    await db.delete();
  });

  it('v5 -> v6: entries and teammates survive; feedback is found by entry, comments by learner', async () => {
    const db = await upgradeFrom(6, async (old) => {
      await old.entries.add(v1Entry);
    });
    expect(await db.entries.get(v1Entry.id)).toEqual(v1Entry);
    expect(db.feedback.schema.indexes.map((index) => index.name).sort()).toEqual(['entryId', 'receivedAt']);
    expect(db.teamComments.schema.indexes.map((index) => index.name)).toEqual(['learnerId']);
    await db.delete();
  });

  it('v6 -> v7: day totals are tallied from the entries already stored', async () => {
    const competency = '44444444-4444-4444-8444-444444444444';
    const sameDay = { ...v1Entry, id: '55555555-5555-4555-8555-555555555555', competencyIds: [competency] };
    const nextDay = { ...v1Entry, id: '66666666-6666-4666-8666-666666666666', dayKey: '2026-01-06', competencyIds: [competency] };
    const db = await upgradeFrom(7, async (old) => {
      await old.entries.bulkAdd([v1Entry, sameDay, nextDay]);
    });
    expect(db.verno).toBe(SCHEMA_STEPS.length);
    expect(await db.dayTotals.toArray()).toEqual([
      { dayKey: '2026-01-05', captures: 2, competencies: { [competency]: 1 } },
      { dayKey: '2026-01-06', captures: 1, competencies: { [competency]: 1 } },
    ]);
    expect(await db.entries.count()).toBe(3);
    await db.delete();
  });

  it('v6 -> v7: an empty journal gets an empty totals table', async () => {
    const db = await upgradeFrom(7, async (old) => {
      await old.sprints.add(v1Sprint);
    });
    expect(await db.dayTotals.count()).toBe(0);
    expect(await db.sprints.count()).toBe(1);
    await db.delete();
  });

  it('a fresh database has every index the queries need', async () => {
    const db = new CommonplaceDb(`fresh-${crypto.randomUUID()}`);
    await db.open();
    const entryIndexes = db.entries.schema.indexes.map((index) => index.name).sort();
    expect(entryIndexes).toEqual(['applied.at', 'competencyIds', 'createdAt', 'dayKey', 'kind', 'tags', 'updatedAt', 'url']);
    await db.delete();
  });
});
