import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STARTER_FRAMEWORK } from '../../../domain/competency-framework';
import { readApplicationRate } from '../../../storage/application-rate';
import {
  addCompetency,
  CompetencyInUseError,
  countUses,
  deleteCompetency,
  listCompetencies,
  seedStarterFramework,
  setArchived,
  updateCompetency,
} from '../../../storage/competencies';
import { CommonplaceDb } from '../../../storage/db';
import { addEntryCompetencies, saveCapture, setApplied, setEntryDetails } from '../../../storage/entries';
import { listSiteRules, setSiteRule } from '../../../storage/site-rules';
import { suggestForEntry } from '../../../storage/suggestions';

const T0 = Date.UTC(2026, 2, 1, 9);
const DAY = 86_400_000;
const draft = (name: string, keywords: string[] = []) => ({ name, category: 'Craft', description: '', levels: [], keywords });

let db: CommonplaceDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`competencies-test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const link = (path: string, now = T0) =>
  saveCapture({ kind: 'link', url: `https://example.com/${path}`, title: path }, now, db).then((r) => r.entry);

describe('starter framework', () => {
  it('is seeded once, in four categories, and not again after the learner deletes it', async () => {
    expect(await Promise.all([seedStarterFramework(T0, db), seedStarterFramework(T0, db)])).toContain(STARTER_FRAMEWORK.length);
    const all = await listCompetencies(db);
    expect(all).toHaveLength(STARTER_FRAMEWORK.length);
    expect(new Set(all.map((c) => c.category)).size).toBe(4);
    expect(all.every((c) => c.keywords.length > 0)).toBe(true);
    for (const competency of all) await deleteCompetency(competency.id, db);
    expect(await seedStarterFramework(T0, db)).toBe(0);
    expect(await listCompetencies(db)).toEqual([]);
  });
});

describe('competencies', () => {
  it('adds and edits with trimmed, de-duplicated keywords; refuses an empty name', async () => {
    const added = await addCompetency(draft(' Pottery ', ['Clay', 'clay', ' ']), T0, db);
    expect(added).toMatchObject({ name: 'Pottery', keywords: ['clay'], archived: false });
    const edited = await updateCompetency(added.id, draft('Ceramics', ['kiln']), T0 + 1, db);
    expect(edited).toMatchObject({ name: 'Ceramics', keywords: ['kiln'], updatedAt: T0 + 1, createdAt: T0 });
    await expect(addCompetency(draft('  '), T0, db)).rejects.toThrow();
  });

  it('archives rather than deletes one in use; deletes an unused one and its site rules', async () => {
    const used = await addCompetency(draft('Used'), T0, db);
    const unused = await addCompetency(draft('Unused'), T0, db);
    const entry = await link('a');
    await addEntryCompetencies(entry.id, [used.id], T0, db);
    await setSiteRule('example.com', [used.id, unused.id], T0, db);
    expect(await countUses(used.id, db)).toBe(1);

    const error = await deleteCompetency(used.id, db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CompetencyInUseError);
    expect(await db.competencies.get(used.id)).toEqual(used);

    expect((await setArchived(used.id, true, T0 + 1, db)).archived).toBe(true);
    await deleteCompetency(unused.id, db);
    expect(await db.competencies.get(unused.id)).toBeUndefined();
    expect((await listSiteRules(db))[0]?.competencyIds).toEqual([used.id]);
  });
});

describe('entries: details, competencies, applied', () => {
  it('sets takeaway, plan and competencies, and marks and unmarks applied', async () => {
    const entry = await link('b');
    const detailed = await setEntryDetails(
      entry.id,
      { takeaway: 'T', applyPlan: 'P', competencyIds: ['x', 'x'].map(() => entry.id) },
      T0 + 1,
      db,
    );
    expect(detailed).toMatchObject({ takeaway: 'T', applyPlan: 'P', competencyIds: [entry.id] });
    const applied = await setApplied(entry.id, { at: T0 + 2, evidence: 'Did it', link: '' }, T0 + 2, db);
    expect(applied.applied).toEqual({ at: T0 + 2, evidence: 'Did it', link: '' });
    const unmarked = await setApplied(entry.id, undefined, T0 + 3, db);
    expect('applied' in unmarked).toBe(false);
  });

  it('counts the application rate, within 30 days only for entries whose window closed or that were applied in time', async () => {
    const old = await link('old', T0);
    await link('old-unapplied', T0);
    const lateApplied = await link('late', T0);
    const young = await link('young', T0 + 40 * DAY);
    await link('young-unapplied', T0 + 40 * DAY);
    await setApplied(old.id, { at: T0 + 5 * DAY, evidence: 'e', link: '' }, T0, db);
    await setApplied(lateApplied.id, { at: T0 + 35 * DAY, evidence: 'e', link: '' }, T0, db);
    await setApplied(young.id, { at: T0 + 41 * DAY, evidence: 'e', link: '' }, T0, db);
    expect(await readApplicationRate(T0 + 45 * DAY, db)).toEqual({ total: 5, applied: 3, appliedInWindow: 2, dueInWindow: 4 });
  });

  it('suggests from the stored framework and rules, without competencies already on the entry', async () => {
    const pottery = await addCompetency(draft('Pottery', ['kiln']), T0, db);
    const glazing = await addCompetency(draft('Glazing'), T0, db);
    await setSiteRule('example.com', [glazing.id], T0, db);
    const entry = await saveCapture({ kind: 'note', url: 'https://example.com/n', title: 'Firing the kiln', note: 'kiln' }, T0, db).then(
      (r) => r.entry,
    );
    expect((await suggestForEntry(entry, db)).map((s) => s.name)).toEqual(['Glazing', 'Pottery']);
    const tagged = await addEntryCompetencies(entry.id, [pottery.id], T0, db);
    expect((await suggestForEntry(tagged, db)).map((s) => s.name)).toEqual(['Glazing']);
  });
});
