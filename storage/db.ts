/**
 * The one Dexie database. Versions are ordered steps: never edit a released step, add one.
 * Each step is tested in `tests/unit/storage/migrations.test.ts` by opening data written with
 * the steps before it.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { type DayTotals, tallyEntries } from '../domain/day-totals';
import type { PostingBlock, QueuedTerms } from '../domain/postings';
import { installDiskGuard } from './disk-guard';
import type { ReceivedFeedback, TeamComment } from './exchange-schemas';
import { buildListRow, docBase, type ListRow } from './list-row';
import type { Competency, Entry, Reflection, Sprint, TeamMember } from './schemas';
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
    // article bodies. Replaced by list rows and posting lists in step 8.
    // (Its upgrade filled the rows from the entries; step 8 drops the table, so a database
    // upgraded from before step 5 no longer builds them only to throw them away.)
    version: 5,
    stores: {
      searchRows: 'key, &id, kind, applied, *tags, *competencyIds, *terms, *boost',
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
  {
    // Text search moves from the multiEntry `terms` index (about 250 index records per entry:
    // 50 ms a clip, hours to index 100,000 entries) to posting lists in blocks
    // (domain/postings.ts, storage/postings.ts). List rows are keyed by a document number that
    // sorts like the creation time. Existing entries get rows marked unindexed here; the
    // journal page indexes their text after (storage/search-pending.ts).
    version: 8,
    stores: {
      searchRows: null,
      listRows: 'doc, &id, kind, applied, *tags, *competencyIds, unindexed',
      postings: '[term+low]',
      indexQueue: 'doc',
    },
    upgrade: async (transaction) => {
      const rows: ListRow[] = [];
      await transaction
        .table<Entry>('entries')
        .orderBy('createdAt')
        .each((entry) => {
          const previous = rows.at(-1)?.doc ?? -1;
          rows.push(buildListRow(entry, Math.max(docBase(entry.createdAt), previous + 1), true));
        });
      await transaction.table<ListRow>('listRows').bulkAdd(rows);
    },
  },
];

export class CommonplaceDb extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  competencies!: EntityTable<Competency, 'id'>;
  sprints!: EntityTable<Sprint, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  teamMembers!: EntityTable<TeamMember, 'learnerId'>;
  listRows!: EntityTable<ListRow, 'doc'>;
  postings!: Table<PostingBlock, [string, number]>;
  indexQueue!: EntityTable<QueuedTerms, 'doc'>;
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
    installDiskGuard(this);
  }
}

let shared: CommonplaceDb | undefined;

/**
 * The database of this extension context, opened lazily on first use. A database whose open
 * failed (a full disk, a busy backing store) is dropped, so the next request opens it again
 * instead of repeating the old failure until the context restarts.
 */
export function getDb(): CommonplaceDb {
  if (shared?.hasFailed()) {
    shared.close();
    shared = undefined;
  }
  shared ??= new CommonplaceDb();
  return shared;
}
