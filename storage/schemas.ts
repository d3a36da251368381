/**
 * Records as they are stored. These zod schemas are the single source of truth: the types are
 * inferred from them, defaults live here, and every record read from a file or message is
 * parsed with them. Instants are epoch milliseconds; day keys are local `YYYY-MM-DD`.
 */
import { LIMITS } from './limits';
import { z } from './zod';

export { LIMITS } from './limits';

export const IdSchema = z.uuid();
export const EpochMsSchema = z.number().int().nonnegative();
export const DayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const TagSchema = z.string().trim().min(1).max(LIMITS.tag);

export const EntryKindSchema = z.enum(['article', 'selection', 'link', 'note']);
export type EntryKind = z.infer<typeof EntryKindSchema>;

export const ArticleContentSchema = z.strictObject({
  /** Sanitized HTML of the article body; sanitized again whenever it is rendered. */
  html: z.string().max(LIMITS.html),
  markdown: z.string().max(LIMITS.html),
  text: z.string().max(LIMITS.text),
  byline: z.string().max(LIMITS.byline),
  siteName: z.string().max(LIMITS.siteName),
  publishedTime: z.string().max(100),
  lang: z.string().max(35),
  dir: z.enum(['ltr', 'rtl', '']),
  excerpt: z.string().max(LIMITS.excerpt),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

export const SelectionContentSchema = z.strictObject({
  text: z.string().max(LIMITS.text),
  html: z.string().max(LIMITS.selectionHtml),
});
export type SelectionContent = z.infer<typeof SelectionContentSchema>;

export const AppliedSchema = z.strictObject({
  at: EpochMsSchema,
  evidence: z.string().max(LIMITS.note),
  link: z.string().max(LIMITS.url),
});

export const EntrySchema = z.strictObject({
  id: IdSchema,
  kind: EntryKindSchema,
  /** Normalized page URL (see `normalizeUrl`); '' for a note about nothing in particular. */
  url: z.string().max(LIMITS.url),
  canonicalUrl: z.string().max(LIMITS.url),
  title: z.string().max(LIMITS.title),
  article: ArticleContentSchema.optional(),
  selection: SelectionContentSchema.optional(),
  /** The learner's own words, Markdown. */
  note: z.string().max(LIMITS.note),
  tags: z.array(TagSchema).max(LIMITS.tags),
  competencyIds: z.array(IdSchema).max(LIMITS.tags),
  takeaway: z.string().max(LIMITS.note),
  applyPlan: z.string().max(LIMITS.note),
  applied: AppliedSchema.optional(),
  sprintId: IdSchema.optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  dayKey: DayKeySchema,
});
export type Entry = z.infer<typeof EntrySchema>;

export const CompetencySchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(120),
  category: z.string().max(120),
  description: z.string().max(2_000),
  levels: z.array(z.string().max(200)).max(10),
  keywords: z.array(z.string().max(64)).max(100),
  archived: z.boolean(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type Competency = z.infer<typeof CompetencySchema>;

export const SprintSchema = z.strictObject({
  id: IdSchema,
  startedAt: EpochMsSchema,
  endedAt: EpochMsSchema,
  plannedMs: z.number().int().nonnegative(),
  elapsedMs: z.number().int().nonnegative(),
  competencyId: IdSchema.optional(),
  goal: z.string().max(500),
  completed: z.boolean(),
  dayKey: DayKeySchema,
});
export type Sprint = z.infer<typeof SprintSchema>;

export const ReflectionSchema = z.strictObject({
  id: IdSchema,
  dayKey: DayKeySchema,
  learned: z.string().max(LIMITS.note),
  didntWork: z.string().max(LIMITS.note),
  tryNext: z.string().max(LIMITS.note),
  competencyId: IdSchema.optional(),
  sprintId: IdSchema.optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type Reflection = z.infer<typeof ReflectionSchema>;

/**
 * A teammate's shared journal, kept apart from the manager's own. One row per learner: a newer
 * bundle from the same person replaces the row in one put.
 */
export const TeamMemberSchema = z.strictObject({
  learnerId: IdSchema,
  displayName: z.string().max(200),
  importedAt: EpochMsSchema,
  bundleCreatedAt: EpochMsSchema,
  /** The validated share bundle as imported (storage/exchange-schemas.ts `ShareBundleV1Schema`). */
  bundle: z.unknown(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;
