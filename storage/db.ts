/**
 * The one Dexie database. Versions are ordered steps: never edit a released step, add one.
 * Each step has a test in `tests/unit/storage/migrations.test.ts` that opens data written by
 * the previous version.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Competency, Entry, Reflection, Sprint, TeamMember } from './schemas';

export const DB_NAME = 'commonplace';

export class CommonplaceDb extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  sprints!: EntityTable<Sprint, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  teamMembers!: EntityTable<TeamMember, 'learnerId'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: the learner's own journal.
    this.version(1).stores({
      entries: 'id, kind, createdAt, updatedAt, dayKey, url, *competencyIds, *tags',
      competencies: 'id, name, category',
      sprints: 'id, startedAt, dayKey',
      reflections: 'id, dayKey, createdAt',
    });
    // v2: room for teammates' shared journals, apart from the learner's own entries; sprints
    // become findable by the competency they were for.
    this.version(2).stores({
      sprints: 'id, startedAt, dayKey, competencyId',
      teamMembers: 'learnerId, displayName, importedAt',
    });
  }
}

let shared: CommonplaceDb | undefined;

/** The database of this extension context, opened lazily on first use. */
export function getDb(): CommonplaceDb {
  shared ??= new CommonplaceDb();
  return shared;
}
