/** Commands and queries on the `sprints` table: one row per sprint, written when it ends. */

import { dayKey } from '../domain/time';
import type { SprintRecord } from '../domain/timer';
import { type CommonplaceDb, getDb } from './db';
import { type Sprint, SprintSchema } from './schemas';

/**
 * Records an ended sprint. A `put` by sprint id, so recording the same sprint again (a worker
 * stopped between recording and saving the timer state) leaves exactly one row.
 */
export async function recordSprint(record: SprintRecord, db: CommonplaceDb = getDb()): Promise<Sprint> {
  const sprint = SprintSchema.parse({ ...record, dayKey: dayKey(record.startedAt) });
  // Compare-and-set: the first outcome recorded is the one kept. A stop saved just before the
  // worker was stopped is not rewritten as "completed" when the timer reaches its deadline later.
  return db.transaction('rw', db.sprints, async () => {
    const recorded = await db.sprints.get(sprint.id);
    if (recorded) return recorded;
    await db.sprints.put(sprint);
    return sprint;
  });
}

export function getSprint(id: string, db: CommonplaceDb = getDb()): Promise<Sprint | undefined> {
  return db.sprints.get(id);
}

/** Sprints started in `[from, to)`, oldest first. */
export function listSprintsBetween(from: number, to: number, db: CommonplaceDb = getDb()): Promise<Sprint[]> {
  return db.sprints.where('startedAt').between(from, to, true, false).toArray();
}
