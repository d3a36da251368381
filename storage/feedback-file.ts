/**
 * The manager's feedback file (`FeedbackFileV1Schema`): every comment written on one teammate's
 * bundle, for the learner to import next to their entries (storage/feedback-received.ts).
 */
import { dayKey } from '../domain/time';
import { type CommonplaceDb, getDb } from './db';
import { FEEDBACK_FILE_KIND, FEEDBACK_SCHEMA_VERSION, type FeedbackFile, FeedbackFileV1Schema } from './exchange-schemas';
import { getTeamMember } from './team';
import { listTeamComments } from './team-comments';

export const FEEDBACK_FILE_SUFFIX = '.commonplace-feedback.json';

/**
 * A file-name-safe form of a display name someone else chose: ASCII letters, digits and
 * dashes only (no dots, slashes or control characters can reach the file name), at most 40.
 */
export function personSlug(displayName: string): string {
  const slug = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'teammate';
}

/** `<person-slug>-<YYYY-MM-DD>.commonplace-feedback.json`, the day in `timeZone`. */
export function feedbackFileName(displayName: string, now: number, timeZone?: string): string {
  return `${personSlug(displayName)}-${dayKey(now, timeZone)}${FEEDBACK_FILE_SUFFIX}`;
}

/**
 * The feedback file for one teammate, validated against the schema; `undefined` when the person
 * is not imported. Comments on items missing from a newer bundle are kept: the learner still
 * has those items.
 */
export async function buildFeedbackFile(
  learnerId: string,
  managerName: string,
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<FeedbackFile | undefined> {
  const [member, comments] = await db.transaction('r', db.teamMembers, db.teamComments, () =>
    Promise.all([getTeamMember(learnerId, db), listTeamComments(learnerId, db)]),
  );
  if (!member) return undefined;
  return FeedbackFileV1Schema.parse({
    kind: FEEDBACK_FILE_KIND,
    schemaVersion: FEEDBACK_SCHEMA_VERSION,
    createdAt: now,
    learnerId,
    manager: { displayName: managerName.slice(0, 200) },
    bundleCreatedAt: member.bundleCreatedAt,
    period: member.bundle?.period ?? { from: '', to: '' },
    comments: comments.map(({ id, target, text, createdAt, updatedAt }) => ({ id, target, text, createdAt, updatedAt })),
  });
}
