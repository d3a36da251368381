/**
 * The typed protocol between extension pages (popup, journal) and the background.
 * One zod discriminated union per direction, strict objects, bounded strings (SECURITY.md).
 * Content scripts send no messages at all: their only output is the return value of the
 * injected function.
 */

import type { TimerView } from '../domain/timer';
import { IdSchema, LIMITS, TagSchema } from '../storage/schemas';
import { z } from '../storage/zod';

const TabIdSchema = z.number().int().nonnegative();

export const ClipModeSchema = z.enum(['article', 'selection', 'link']);
export type ClipMode = z.infer<typeof ClipModeSchema>;

/** Requests a page (popup or journal) may send to the background. */
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('clip'),
    mode: ClipModeSchema,
    /** The tab to clip; the active tab of the current window when omitted. */
    tabId: TabIdSchema.optional(),
    /** Clip as an article even when the page does not look like one. */
    force: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('note/create'),
    text: z.string().trim().min(1).max(LIMITS.note),
    /** Attach the note to the current tab's page. */
    aboutPage: z.boolean(),
    tabId: TabIdSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('entry/annotate'),
    id: IdSchema,
    note: z.string().max(LIMITS.note),
    tags: z.array(TagSchema).max(LIMITS.tags),
    /** The note and tags the form started from: only changed fields are written, and a field
     * changed elsewhere meanwhile is a `conflict` (domain/field-edits.ts). */
    base: z.strictObject({ note: z.string().max(LIMITS.note), tags: z.array(TagSchema).max(LIMITS.tags) }).optional(),
  }),
  /** Settings > Delete everything: the journal, its snapshots, settings, a running sprint's alarms and badge. */
  z.strictObject({ type: z.literal('journal/delete-everything') }),
  /** Whether the tab's page is already in the journal (the popup says so on opening). */
  z.strictObject({ type: z.literal('page/status'), tabId: TabIdSchema.optional() }),
  /** Competencies suggested for an entry (after a clip, in the popup). */
  z.strictObject({ type: z.literal('entry/suggestions'), id: IdSchema }),
  /** Adds competencies to an entry: a suggestion accepted with one click. */
  z.strictObject({ type: z.literal('entry/add-competencies'), id: IdSchema, competencyIds: z.array(IdSchema).min(1).max(LIMITS.tags) }),
  // Sprints. Every sprint request reconciles the timer first and answers with its view.
  z.strictObject({ type: z.literal('sprint/get') }),
  z.strictObject({
    type: z.literal('sprint/start'),
    /** Length of this sprint; the settings' length when omitted. */
    minutes: z.number().int().min(5).max(120).optional(),
    competencyId: IdSchema.optional(),
    goal: z.string().max(500).optional(),
  }),
  z.strictObject({ type: z.literal('sprint/pause') }),
  z.strictObject({ type: z.literal('sprint/resume') }),
  z.strictObject({ type: z.literal('sprint/stop') }),
  z.strictObject({ type: z.literal('sprint/extend') }),
  /** Leaves the ended sprint behind (reflection skipped or saved). */
  z.strictObject({ type: z.literal('sprint/dismiss') }),
  z.strictObject({
    type: z.literal('reflection/save'),
    sprintId: IdSchema.optional(),
    learned: z.string().max(LIMITS.note),
    tryNext: z.string().max(LIMITS.note),
  }),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;
export type PageRequestType = PageRequest['type'];

/**
 * Why a capture did not go as asked. Each code has a user-facing message
 * (`clipNotice_<code>` in `_locales`).
 */
export const ClipNoticeSchema = z.enum([
  'restricted',
  'not-readerable',
  'no-article',
  'no-selection',
  'too-big',
  'page-unresponsive',
  'extraction-timeout',
  'extraction-failed',
  'hidden-page',
]);
export type ClipNotice = z.infer<typeof ClipNoticeSchema>;

export const CaptureOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.enum(['created', 'updated']),
    entryId: IdSchema,
    kind: z.enum(['article', 'selection', 'link', 'note']),
    title: z.string(),
    /** Set when the result differs from what was asked (e.g. a link saved instead of an article). */
    notice: ClipNoticeSchema.optional(),
  }),
  /** Nothing was saved; the user is asked what to do instead. */
  z.strictObject({ status: z.literal('not-saved'), notice: ClipNoticeSchema }),
]);
export type CaptureOutcome = z.infer<typeof CaptureOutcomeSchema>;

/** What each request resolves to on success. */
export interface PageResponses {
  clip: CaptureOutcome;
  'note/create': CaptureOutcome;
  'entry/annotate': { entryId: string };
  'page/status': { saved?: SavedPage };
  'journal/delete-everything': { deleted: true };
  'entry/suggestions': { suggestions: SuggestionView[] };
  'entry/add-competencies': { entryId: string; competencyIds: string[] };
  'sprint/get': SprintReply;
  'sprint/start': SprintReply;
  'sprint/pause': SprintReply;
  'sprint/resume': SprintReply;
  'sprint/stop': SprintReply;
  'sprint/extend': SprintReply;
  'sprint/dismiss': SprintReply;
  'reflection/save': { reflectionId: string };
}

/**
 * The timer as a page shows it, reconciled at reply time, the settings' sprint length, the
 * competencies a new sprint can be for (not archived, by name) and the running sprint's one.
 */
export interface SprintReply {
  timer: TimerView;
  defaultMinutes: number;
  competencies: CompetencyOption[];
  /** Name of the sprint's competency (archived or not), when it has one that still exists. */
  competencyName?: string;
}

/** The journal's entry for the page open in a tab. */
export interface SavedPage {
  entryId: string;
  kind: 'article' | 'link';
  title: string;
  /** When the page was first saved. */
  createdAt: number;
}

/** A competency as the sprint form offers it. */
export interface CompetencyOption {
  id: string;
  name: string;
}

/** A suggested competency as the popup shows it. */
export interface SuggestionView {
  competencyId: string;
  name: string;
  /** The keywords that matched, strongest first. */
  matched: string[];
  isFromSiteRule: boolean;
}

export const ErrorCodeSchema = z.enum(['bad-request', 'forbidden', 'not-found', 'storage-full', 'conflict', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every reply is a value, never a thrown error across the message boundary. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type RequestOf<K extends PageRequestType> = Extract<PageRequest, { type: K }>;
