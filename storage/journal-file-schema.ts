/**
 * The full-journal file (`.json`, `kind: 'commonplace-journal'`): everything the learner made,
 * so a backup restores the journal exactly. Left out on purpose: `listRows`, `postings` and `indexQueue` (rebuilt from the
 * entries), and `teamMembers` / `teamComments` (a manager's copies of other people's journals
 * and comments on them, which are theirs to back up, not this learner's).
 *
 * Versions: `JOURNAL_SCHEMA_VERSION` is what this build writes; a newer file is refused with
 * "update Commonplace"; older ones are migrated by `JOURNAL_MIGRATIONS` (domain/file-migration.ts)
 * before the strict schema below.
 */
import type { MigrationSteps } from '../domain/file-migration';
import type { ReadLimits } from '../domain/untrusted-json';
import { LearnerSchema, ReceivedFeedbackSchema } from './exchange-schemas';
import { RECORD_LIMITS } from './limits';
import { CompetencySchema, EntrySchema, EpochMsSchema, ReflectionSchema, SprintSchema } from './schemas';
import { SettingsSchema } from './settings-schema';
import { SiteRuleSchema } from './site-rules';
import { z } from './zod';

export const JOURNAL_FILE_KIND = 'commonplace-journal';
export const JOURNAL_SCHEMA_VERSION = 1;

/**
 * Steps from each older version to the next. Version 1 is the first, so there are none yet;
 * when version 2 comes, `1: (v1) => v2` goes here with a test that seeds a real v1 file.
 */
export const JOURNAL_MIGRATIONS: MigrationSteps = {};

/** The tables in the file, in file order, and the schema each record must pass. */
export const JOURNAL_TABLES = {
  competencies: CompetencySchema,
  siteRules: SiteRuleSchema,
  entries: EntrySchema,
  sprints: SprintSchema,
  reflections: ReflectionSchema,
  feedback: ReceivedFeedbackSchema,
} as const;
export type JournalTable = keyof typeof JOURNAL_TABLES;
export const JOURNAL_TABLE_NAMES = Object.keys(JOURNAL_TABLES) as JournalTable[];

const records = (kind: keyof typeof RECORD_LIMITS) => z.array(z.unknown()).max(RECORD_LIMITS[kind]);

/** The file's header: everything but the records, which are checked one by one as they are read. */
export const JournalHeaderV1Schema = z.strictObject({
  kind: z.literal(JOURNAL_FILE_KIND),
  schemaVersion: z.literal(1),
  exportedAt: EpochMsSchema,
  learner: LearnerSchema,
  settings: SettingsSchema,
  competencies: records('competencies'),
  siteRules: records('siteRules'),
  entries: records('entries'),
  sprints: records('sprints'),
  reflections: records('reflections'),
  feedback: records('feedback'),
});

/** The whole file, records included (for documentation and fuzzing; reading uses the header + record schemas). */
export const JournalFileV1Schema = JournalHeaderV1Schema.extend({
  competencies: z.array(CompetencySchema).max(RECORD_LIMITS.competencies),
  siteRules: z.array(SiteRuleSchema).max(RECORD_LIMITS.siteRules),
  entries: z.array(EntrySchema).max(RECORD_LIMITS.entries),
  sprints: z.array(SprintSchema).max(RECORD_LIMITS.sprints),
  reflections: z.array(ReflectionSchema).max(RECORD_LIMITS.reflections),
  feedback: z.array(ReceivedFeedbackSchema).max(RECORD_LIMITS.feedback),
});
export type JournalFileV1 = z.infer<typeof JournalFileV1Schema>;

/**
 * Limits for reading: a string this long is close to what one JavaScript string can hold
 * (about 2^29 characters in V8), and enough for 100,000 clipped articles of a few KB each.
 */
export const JOURNAL_FILE_LIMITS: ReadLimits = { maxChars: 500_000_000, maxDepth: 8, maxValues: 50_000_000 };

/** The key each table's records are matched and ordered by. */
export function recordKey(table: JournalTable, record: object): string {
  return table === 'siteRules' ? (record as { hostname: string }).hostname : (record as { id: string }).id;
}

/** A record's version for the merge: newer wins (sprints are written once, so their end). */
export function recordVersion(table: JournalTable, record: object): number {
  return table === 'sprints' ? (record as { endedAt: number }).endedAt : (record as { updatedAt: number }).updatedAt;
}

/** What a person recognises a record by in the conflict list. */
export function recordLabel(table: JournalTable, record: object): string {
  const r = record as Record<string, unknown>;
  const label =
    table === 'entries'
      ? r.title || r.url
      : table === 'competencies'
        ? r.name
        : table === 'siteRules'
          ? r.hostname
          : table === 'feedback'
            ? r.text
            : r.dayKey;
  return String(label ?? '').slice(0, 120);
}
