/**
 * Files exchanged between a learner and their manager, and the records kept from them.
 *
 *   learner --(share bundle: .commonplace-share.json)--> manager   (stored in `teamMembers`)
 *   manager --(feedback file: .commonplace-feedback.json)--> learner (stored in `feedback`)
 *
 * A bundle is a curated, redacted copy: no private notes unless the learner included them, no
 * article bodies unless chosen (link and excerpt by default). Everything in it is self-reported
 * and untrusted on the manager's side: text is rendered as text, HTML sanitized again under the
 * strict CSP. Both files pass SECURITY.md's import order (domain/untrusted-json.ts, then these
 * strict schemas through storage/file-schema.ts, then one transaction).
 */

import { RECORD_LIMITS } from './limits';
import {
  AppliedSchema,
  DayKeySchema,
  EntryKindSchema,
  EpochMsSchema,
  IdSchema,
  LIMITS,
  ReflectionSchema,
  SprintSchema,
  TagSchema,
} from './schemas';
import { z } from './zod';

export const SHARE_FILE_KIND = 'commonplace-share';
export const SHARE_SCHEMA_VERSION = 1;
export const FEEDBACK_FILE_KIND = 'commonplace-feedback';
export const FEEDBACK_SCHEMA_VERSION = 1;

/** What a learner may choose to share; clips are articles, passages and links. */
export const ShareKindSchema = z.enum(['clips', 'notes', 'reflections', 'sprints']);
export type ShareKind = z.infer<typeof ShareKindSchema>;

export const LearnerSchema = z.strictObject({
  /** Stable per journal (see storage/identity.ts), so a newer bundle replaces the older one. */
  id: IdSchema,
  displayName: z.string().max(200),
});

export const SharedCompetencySchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(120),
  category: z.string().max(120),
});

export const SharedEntrySchema = z.strictObject({
  id: IdSchema,
  kind: EntryKindSchema,
  url: z.string().max(LIMITS.url),
  title: z.string().max(LIMITS.title),
  siteName: z.string().max(LIMITS.siteName),
  excerpt: z.string().max(LIMITS.excerpt),
  /** The passage of a selection clip, as text. */
  selectionText: z.string().max(LIMITS.text).optional(),
  /** Sanitized article HTML, only when the learner chose to include bodies. */
  bodyHtml: z.string().max(LIMITS.html).optional(),
  /** The learner's notes: a quick note's text, or a clip's private notes when included. */
  note: z.string().max(LIMITS.note).optional(),
  takeaway: z.string().max(LIMITS.note),
  applyPlan: z.string().max(LIMITS.note),
  applied: AppliedSchema.optional(),
  tags: z.array(TagSchema).max(LIMITS.tags),
  competencyIds: z.array(IdSchema).max(LIMITS.tags),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  dayKey: DayKeySchema,
});
export type SharedEntry = z.infer<typeof SharedEntrySchema>;

/** A sprint is shared as it is stored. */
export const SharedSprintSchema = SprintSchema;
export type SharedSprint = z.infer<typeof SharedSprintSchema>;

/** A reflection without the sprint link and edit time, which mean nothing outside the journal. */
export const SharedReflectionSchema = ReflectionSchema.omit({ sprintId: true, updatedAt: true });
export type SharedReflection = z.infer<typeof SharedReflectionSchema>;

/** Inclusive local days; both empty strings mean "all time". */
export const PeriodSchema = z.strictObject({ from: DayKeySchema.or(z.literal('')), to: DayKeySchema.or(z.literal('')) });
export type Period = z.infer<typeof PeriodSchema>;

export const ShareBundleV1Schema = z.strictObject({
  kind: z.literal(SHARE_FILE_KIND),
  schemaVersion: z.literal(1),
  createdAt: EpochMsSchema,
  learner: LearnerSchema,
  period: PeriodSchema,
  /** What the learner chose, so the manager's view can say what is (not) in the bundle. */
  options: z.strictObject({
    kinds: z.array(ShareKindSchema).max(4),
    competencyIds: z.array(IdSchema).max(1_000),
    includePrivateNotes: z.boolean(),
    includeBodies: z.boolean(),
  }),
  /** Only the competencies the shared items refer to. */
  competencies: z.array(SharedCompetencySchema).max(RECORD_LIMITS.competencies),
  entries: z.array(SharedEntrySchema).max(100_000),
  sprints: z.array(SharedSprintSchema).max(100_000),
  reflections: z.array(SharedReflectionSchema).max(100_000),
});
export type ShareBundle = z.infer<typeof ShareBundleV1Schema>;

/** What a comment is about: one shared item, or the whole shared period. */
export const FeedbackTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('period') }),
  z.strictObject({ type: z.enum(['entry', 'sprint', 'reflection']), id: IdSchema }),
]);
export type FeedbackTarget = z.infer<typeof FeedbackTargetSchema>;

export const FeedbackCommentSchema = z.strictObject({
  id: IdSchema,
  target: FeedbackTargetSchema,
  text: z.string().trim().min(1).max(LIMITS.note),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type FeedbackComment = z.infer<typeof FeedbackCommentSchema>;

export const FeedbackFileV1Schema = z.strictObject({
  kind: z.literal(FEEDBACK_FILE_KIND),
  schemaVersion: z.literal(1),
  createdAt: EpochMsSchema,
  /** The learner it is for: a learner refuses feedback meant for someone else. */
  learnerId: IdSchema,
  manager: z.strictObject({ displayName: z.string().max(200) }),
  /** The bundle the feedback is about. */
  bundleCreatedAt: EpochMsSchema,
  period: PeriodSchema,
  comments: z.array(FeedbackCommentSchema).max(10_000),
});
export type FeedbackFile = z.infer<typeof FeedbackFileV1Schema>;

/**
 * A manager's comment as the learner keeps it (table `feedback`). Keyed by the comment's id, so
 * importing the same or a later feedback file again updates instead of duplicating.
 */
export const ReceivedFeedbackSchema = FeedbackCommentSchema.extend({
  managerName: z.string().max(200),
  receivedAt: EpochMsSchema,
  /** The entry it is beside, for the index; absent for period, sprint and reflection comments. */
  entryId: IdSchema.optional(),
});
export type ReceivedFeedback = z.infer<typeof ReceivedFeedbackSchema>;

/** A comment the manager is writing on a teammate's bundle (table `teamComments`). */
export const TeamCommentSchema = FeedbackCommentSchema.extend({ learnerId: IdSchema });
export type TeamComment = z.infer<typeof TeamCommentSchema>;
