/**
 * The one Dexie database. Versions are ordered steps: never edit a released step, add one.
 * Each step is tested in `tests/unit/storage/migrations.test.ts` by opening data written with
 * the steps before it.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { type DayTotals, tallyEntries } from '../domain/day-totals';
import type { ReceivedFeedback, TeamComment } from './exchange-schemas';
import type { Competency, Entry, Reflection, Sprint, TeamMember } from './schemas';
import { buildSearchRow, type SearchRow } from './search-row';
import type { SiteRule } from './site-rules';

export const DB_NAME = 'commonplace';

export interface SchemaStep {
  version: number;
  /** Dexie store definitions added or changed by this step. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    // The learner's own journal.
    version: 1,
    stores: {
      entries: 'id, kind, createdAt, updatedAt, dayKey, url, *competencyIds, *tags',
      competencies: 'id, name, category',
      sprints: 'id, startedAt, dayKey',
      reflections: 'id, dayKey, createdAt',
    },
  },
  {
    // Teammates' shared journals, kept apart from the learner's own entries; sprints become
    // findable by the competency they were for.
    version: 2,
    stores: {
      sprints: 'id, startedAt, dayKey, competencyId',
      teamMembers: 'learnerId, displayName, importedAt',
    },
  },
  {
    // Weekly summaries count the items applied in a week without reading every entry
    // (entries without `applied` are simply absent from the index).
    version: 3,
    stores: {
      entries: 'id, kind, createdAt, updatedAt, dayKey, url, *competencyIds, *tags, applied.at',
    },
  },
  {
    // Per-site rules for competency suggestions, one per host name.
    version: 4,
    stores: {
      siteRules: 'hostname',
    },
  },
  {
    // Full-text search and the entries list: one light row per entry with its terms, keyed by
    // creation time so the list and every index lookup come back newest-ordered without reading
    // article bodies (see storage/search-row.ts). Existing entries get their rows here.
    version: 5,
    stores: {
      searchRows: 'key, &id, kind, applied, *tags, *competencyIds, *terms, *boost',
    },
    upgrade: async (transaction) => {
      await transaction
        .table<Entry>('entries')
        .toCollection()
        .each((entry) => {
          transaction.table<SearchRow>('searchRows').put(buildSearchRow(entry));
        });
    },
  },
  {
    // The sharing round trip: feedback a learner received from their manager (beside entries),
    // and the comments a manager is writing on teammates' bundles.
    version: 6,
    stores: {
      feedback: 'id, entryId, receivedAt',
      teamComments: 'id, learnerId',
    },
  },
  {
    // Per-day capture totals for the weekly summary (storage/day-totals.ts), kept in step with
    // every entry write from here on; existing entries are tallied here, one pass over them.
    version: 7,
    stores: {
      dayTotals: 'dayKey',
    },
    upgrade: async (transaction) => {
      const totals = new Map<string, DayTotals>();
      await transaction
        .table<Entry>('entries')
        .toCollection()
        .each((entry) => tallyEntries(totals, [entry], 1));
      await transaction.table<DayTotals>('dayTotals').bulkPut([...totals.values()]);
    },
  },
];

export class CommonplaceDb extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  sprints!: EntityTable<Sprint, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  teamMembers!: EntityTable<TeamMember, 'learnerId'>;
  searchRows!: EntityTable<SearchRow, 'key'>;
  siteRules!: EntityTable<SiteRule, 'hostname'>;
  feedback!: EntityTable<ReceivedFeedback, 'id'>;
  teamComments!: EntityTable<TeamComment, 'id'>;
  dayTotals!: EntityTable<DayTotals, 'dayKey'>;

  /** `steps` is for migration tests, which open a database at an older version. */
  constructor(name = DB_NAME, steps: readonly SchemaStep[] = SCHEMA_STEPS) {
    super(name);
    for (const step of steps) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

let shared: CommonplaceDb | undefined;

/** The database of this extension context, opened lazily on first use. */
export function getDb(): CommonplaceDb {
  shared ??= new CommonplaceDb();
  return shared;
}
