/** Commands on the `reflections` table. */
import { dayKey } from '../domain/time';
import { type CommonplaceDb, getDb } from './db';
import { type Reflection, ReflectionSchema } from './schemas';

export interface ReflectionDraft {
  learned: string;
  tryNext: string;
  didntWork?: string;
  sprintId?: string;
  competencyId?: string;
}

/**
 * Saves a reflection. A sprint has at most one: saving again for the same sprint updates it
 * (the learner fixing a typo in the popup, then in the page the notification opened).
 */
export async function saveReflection(
  draft: ReflectionDraft,
  now: number,
  db: CommonplaceDb = getDb(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Reflection> {
  return db.transaction('rw', db.reflections, async () => {
    const existing = draft.sprintId ? await findSprintReflection(draft.sprintId, db) : undefined;
    const reflection = ReflectionSchema.parse({
      id: existing?.id ?? newId(),
      dayKey: existing?.dayKey ?? dayKey(now),
      learned: draft.learned.trim(),
      didntWork: (draft.didntWork ?? existing?.didntWork ?? '').trim(),
      tryNext: draft.tryNext.trim(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: Math.max(now, existing?.updatedAt ?? now),
      ...(draft.sprintId ? { sprintId: draft.sprintId } : {}),
      ...((draft.competencyId ?? existing?.competencyId) ? { competencyId: draft.competencyId ?? existing?.competencyId } : {}),
    });
    await db.reflections.put(reflection);
    return reflection;
  });
}

/** The reflection written for a sprint, if any (reflections are few: a scan is fine). */
export function findSprintReflection(sprintId: string, db: CommonplaceDb = getDb()): Promise<Reflection | undefined> {
  return db.reflections.filter((reflection) => reflection.sprintId === sprintId).first();
}

/** The learner's own fields of a reflection, as the journal form edits them. */
export interface ReflectionFields {
  learned: string;
  didntWork: string;
  tryNext: string;
  competencyId?: string;
}

/**
 * Writes a new end-of-day reflection (not tied to a sprint), dated by `now` in `timeZone`
 * (the runtime's zone when omitted).
 */
export async function addReflection(
  fields: ReflectionFields,
  now: number,
  timeZone?: string,
  db: CommonplaceDb = getDb(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<Reflection> {
  const reflection = ReflectionSchema.parse({
    id: newId(),
    dayKey: dayKey(now, timeZone),
    ...trimmed(fields),
    createdAt: now,
    updatedAt: now,
  });
  await db.reflections.add(reflection);
  return reflection;
}

/** Changes the learner's fields of a reflection; its day, sprint and creation time stay. */
export async function editReflection(id: string, fields: ReflectionFields, now: number, db: CommonplaceDb = getDb()): Promise<Reflection> {
  return db.transaction('rw', db.reflections, async () => {
    const existing = await db.reflections.get(id);
    if (!existing) throw new ReflectionNotFoundError(id);
    const { competencyId: _dropped, ...rest } = existing;
    const reflection = ReflectionSchema.parse({ ...rest, ...trimmed(fields), updatedAt: Math.max(now, existing.updatedAt) });
    await db.reflections.put(reflection);
    return reflection;
  });
}

/** All reflections, newest day first and, within a day, newest first (reflections are few). */
export async function listReflections(db: CommonplaceDb = getDb()): Promise<Reflection[]> {
  const all = await db.reflections.toArray();
  return all.sort((a, b) => b.dayKey.localeCompare(a.dayKey) || b.createdAt - a.createdAt);
}

export class ReflectionNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No reflection ${id}`);
    this.name = 'ReflectionNotFoundError';
  }
}

function trimmed(fields: ReflectionFields) {
  return {
    learned: fields.learned.trim(),
    didntWork: fields.didntWork.trim(),
    tryNext: fields.tryNext.trim(),
    ...(fields.competencyId ? { competencyId: fields.competencyId } : {}),
  };
}
