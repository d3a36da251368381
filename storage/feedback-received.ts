/**
 * The manager's feedback file, as the learner imports it, and the queries that show
 * it beside entries. Import follows SECURITY.md's order: size check, JSON.parse refusing
 * prototype keys, depth/count limits, kind/version header (domain/untrusted-json.ts), the strict
 * `FeedbackFileV1Schema`, the recipient check, then one read-write transaction. A refused file
 * throws and changes nothing. Comments are kept by id: importing the same or a later file again
 * updates them, never duplicates; comments missing from a later file are kept (nothing is
 * deleted by an import).
 */
import { checkFileHeader, ImportFileError, parseUntrustedJson, type ReadLimits } from '../domain/untrusted-json';
import { type CommonplaceDb, getDb } from './db';
import {
  FEEDBACK_FILE_KIND,
  FEEDBACK_SCHEMA_VERSION,
  type FeedbackFile,
  FeedbackFileV1Schema,
  type ReceivedFeedback,
  ReceivedFeedbackSchema,
} from './exchange-schemas';
import { parseFileSchema } from './file-schema';
import { getLearnerId } from './identity';

/** 10,000 comments of a few KB each fit; the schema bounds each text. */
export const FEEDBACK_FILE_LIMITS: ReadLimits = { maxChars: 20_000_000, maxDepth: 8, maxValues: 200_000 };

/** The file is valid but addressed to another learner's journal. */
export class FeedbackRecipientError extends Error {
  constructor(readonly learnerId: string) {
    super(`feedback for learner ${learnerId}`);
    this.name = 'FeedbackRecipientError';
  }
}

export interface FeedbackImportSummary {
  managerName: string;
  added: number;
  updated: number;
}

/** Parses and checks a feedback file's text for `learnerId` without touching the database. */
export function readFeedbackFile(text: string, learnerId: string): FeedbackFile {
  const value = parseUntrustedJson(text, FEEDBACK_FILE_LIMITS);
  checkFileHeader(value, FEEDBACK_FILE_KIND, FEEDBACK_SCHEMA_VERSION);
  const file = parseFileSchema(FeedbackFileV1Schema, value);
  // Two comments with one id would leave which one is kept up to the order of writes.
  if (new Set(file.comments.map((comment) => comment.id)).size !== file.comments.length)
    throw new ImportFileError('invalid', 'the same comment id appears twice');
  if (file.learnerId !== learnerId) throw new FeedbackRecipientError(file.learnerId);
  return file;
}

/**
 * Imports a feedback file meant for `learnerId` (this journal's, storage/identity.ts, when omitted). A comment already kept is replaced only by a
 * version at least as new (an older file imported later does not undo an edit) and keeps the
 * time it was first received. Throws `ImportFileError` or `FeedbackRecipientError`.
 */
export async function importFeedbackFile(
  text: string,
  now: number,
  db: CommonplaceDb = getDb(),
  learnerId?: string,
): Promise<FeedbackImportSummary> {
  const file = readFeedbackFile(text, learnerId ?? (await getLearnerId()));
  const managerName = file.manager.displayName;
  return db.transaction('rw', db.feedback, async () => {
    const existing = await db.feedback.bulkGet(file.comments.map((comment) => comment.id));
    let added = 0;
    let updated = 0;
    const rows: ReceivedFeedback[] = [];
    file.comments.forEach(({ id, target, text: body, createdAt, updatedAt }, index) => {
      const kept = existing[index];
      if (kept && kept.updatedAt > updatedAt) return;
      rows.push(
        ReceivedFeedbackSchema.parse({
          id,
          target,
          text: body,
          createdAt,
          updatedAt,
          managerName,
          receivedAt: kept?.receivedAt ?? now,
          ...(target.type === 'entry' ? { entryId: target.id } : {}),
        }),
      );
      if (kept) updated += 1;
      else added += 1;
    });
    await db.feedback.bulkPut(rows);
    return { managerName, added, updated };
  });
}

/** The feedback on one entry, oldest first (a conversation reads top down). */
export async function listEntryFeedback(entryId: string, db: CommonplaceDb = getDb()): Promise<ReceivedFeedback[]> {
  const rows = await db.feedback.where('entryId').equals(entryId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** Whether an entry has any feedback (for the marker on list rows). */
export async function hasEntryFeedback(entryId: string, db: CommonplaceDb = getDb()): Promise<boolean> {
  return (await db.feedback.where('entryId').equals(entryId).count()) > 0;
}

/** Every comment received, newest first. */
export async function listFeedback(db: CommonplaceDb = getDb()): Promise<ReceivedFeedback[]> {
  const rows = await db.feedback.toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}
