/** Queries and commands on the `competencies` table: the learner's competency framework. */
import { browser } from 'wxt/browser';
import { type CompetencyDraft, STARTER_FRAMEWORK } from '../domain/competency-framework';
import { type CommonplaceDb, getDb } from './db';
import { type Competency, CompetencySchema } from './schemas';

export type { CompetencyDraft } from '../domain/competency-framework';

/** Every competency, archived ones included, by category then name. */
export async function listCompetencies(db: CommonplaceDb = getDb()): Promise<Competency[]> {
  const all = await db.competencies.toArray();
  return all.sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
}

/** Trims the text fields and drops empty or repeated keywords and levels. */
function cleanDraft(draft: CompetencyDraft): CompetencyDraft {
  const unique = (items: string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];
  return {
    name: draft.name.trim(),
    category: draft.category.trim(),
    description: draft.description.trim(),
    levels: unique(draft.levels),
    keywords: unique(draft.keywords.map((keyword) => keyword.toLowerCase())),
  };
}

/** Adds a competency; throws a `ZodError` when a field is out of bounds (e.g. an empty name). */
export async function addCompetency(
  draft: CompetencyDraft,
  now: number,
  db: CommonplaceDb = getDb(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Competency> {
  const competency = CompetencySchema.parse({ id: newId(), ...cleanDraft(draft), archived: false, createdAt: now, updatedAt: now });
  await db.competencies.add(competency);
  return competency;
}

export class CompetencyNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No competency with id ${id}`);
    this.name = 'CompetencyNotFoundError';
  }
}

async function change(id: string, db: CommonplaceDb, edit: (existing: Competency) => Competency): Promise<Competency> {
  return db.transaction('rw', db.competencies, async () => {
    const existing = await db.competencies.get(id);
    if (!existing) throw new CompetencyNotFoundError(id);
    const updated = CompetencySchema.parse(edit(existing));
    await db.competencies.put(updated);
    return updated;
  });
}

/** Replaces a competency's editable fields. */
export function updateCompetency(id: string, draft: CompetencyDraft, now: number, db: CommonplaceDb = getDb()): Promise<Competency> {
  return change(id, db, (existing) => ({ ...existing, ...cleanDraft(draft), updatedAt: Math.max(now, existing.updatedAt) }));
}

/** Archives (or brings back) a competency: it stays on entries but is no longer offered. */
export function setArchived(id: string, archived: boolean, now: number, db: CommonplaceDb = getDb()): Promise<Competency> {
  return change(id, db, (existing) => ({ ...existing, archived, updatedAt: Math.max(now, existing.updatedAt) }));
}

/** How many entries, sprints and reflections refer to a competency. */
export async function countUses(id: string, db: CommonplaceDb = getDb()): Promise<number> {
  const [entries, sprints, reflections] = await Promise.all([
    db.entries.where('competencyIds').equals(id).count(),
    db.sprints.where('competencyId').equals(id).count(),
    // Reflections are one or two a day, and their competency is not indexed.
    db.reflections.filter((reflection) => reflection.competencyId === id).count(),
  ]);
  return entries + sprints + reflections;
}

export class CompetencyInUseError extends Error {
  constructor(
    readonly id: string,
    readonly uses: number,
  ) {
    super(`Competency ${id} is used ${uses} times`);
    this.name = 'CompetencyInUseError';
  }
}

/**
 * Deletes a competency nobody refers to, and removes it from site rules. One that is in use
 * throws `CompetencyInUseError` and is left as it was: archive it instead.
 */
export async function deleteCompetency(id: string, db: CommonplaceDb = getDb()): Promise<void> {
  await db.transaction('rw', [db.competencies, db.entries, db.sprints, db.reflections, db.siteRules], async () => {
    const uses = await countUses(id, db);
    if (uses > 0) throw new CompetencyInUseError(id, uses);
    await db.competencies.delete(id);
    const rules = await db.siteRules.toArray();
    for (const rule of rules) {
      if (!rule.competencyIds.includes(id)) continue;
      const rest = rule.competencyIds.filter((other) => other !== id);
      if (rest.length === 0) await db.siteRules.delete(rule.hostname);
      else await db.siteRules.put({ ...rule, competencyIds: rest });
    }
  });
}

const SEEDED_KEY = 'competencyFrameworkSeeded';

/**
 * Adds the starter framework the first time it is asked for, and never again: not after the
 * learner deleted it, nor when two pages ask at once (the empty check and the write share one
 * transaction). Returns how many competencies were added.
 */
export async function seedStarterFramework(
  now: number,
  db: CommonplaceDb = getDb(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<number> {
  const stored = await browser.storage.local.get(SEEDED_KEY);
  if (stored[SEEDED_KEY] === true) return 0;
  const added = await db.transaction('rw', db.competencies, async () => {
    if ((await db.competencies.count()) > 0) return 0;
    const rows = STARTER_FRAMEWORK.map((draft) =>
      CompetencySchema.parse({ id: newId(), ...cleanDraft(draft), archived: false, createdAt: now, updatedAt: now }),
    );
    await db.competencies.bulkAdd(rows);
    return rows.length;
  });
  await browser.storage.local.set({ [SEEDED_KEY]: true });
  return added;
}
