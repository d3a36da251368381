/**
 * What a learner shares with their manager: the pure choice of items and the redacted
 * copy of each, shaped exactly like storage/exchange-schemas.ts `ShareBundleV1Schema` (storage
 * validates it before anything is written). Redaction rules:
 * - a clip's `note` is the learner's private note: left out unless `includePrivateNotes`;
 * - a quick note's text is the note itself: shared whenever "notes" is chosen (the kind is
 *   opt-in in the form, and the preview shows the text going out);
 * - article HTML only with `includeBodies` (passed through `sanitizeHtml`), else link + excerpt;
 * - only the competencies the shared items (or the chosen filter) refer to.
 */
import { entryTitle } from './entry-title';
import type {
  ShareBundleDraft,
  SharedEntry,
  SharedReflection,
  SharedSprint,
  ShareKind,
  SourceCompetency,
  SourceEntry,
  SourceReflection,
  SourceSprint,
} from './share-types';

export type * from './share-types';

/** Canonical order, so the file lists kinds the same way whatever order they were ticked. */
export const SHARE_KINDS: readonly ShareKind[] = ['clips', 'notes', 'reflections', 'sprints'];

export interface ShareOptions {
  /** Inclusive local day keys (`YYYY-MM-DD`); '' leaves that end open. */
  from: string;
  to: string;
  /** Empty: every competency (and items without one). */
  competencyIds: readonly string[];
  kinds: readonly ShareKind[];
  includePrivateNotes: boolean;
  includeBodies: boolean;
  /** Items the learner unticked in the preview. */
  excludedIds: readonly string[];
}

export interface ShareSource {
  entries: readonly SourceEntry[];
  sprints: readonly SourceSprint[];
  reflections: readonly SourceReflection[];
  competencies: readonly SourceCompetency[];
}

export interface ShareContext {
  now: number;
  learner: { id: string; displayName: string };
  /** The render-time sanitizer; a body it cannot clean (undefined) is left out. */
  sanitizeHtml?: (html: string) => string | undefined;
  /** Longest body the file may carry (the schema's bound). */
  maxBodyChars?: number;
}

const inPeriod = (day: string, { from, to }: ShareOptions) => (!from || day >= from) && (!to || day <= to);

/** The items the options choose, before the learner's exclusions, newest first. */
export function selectShareItems(source: ShareSource, options: ShareOptions): Omit<ShareSource, 'competencies'> {
  const chosen = new Set(options.competencyIds);
  const kinds = new Set(options.kinds);
  const matches = (ids: readonly string[]) => chosen.size === 0 || ids.some((id) => chosen.has(id));
  const entries = source.entries.filter(
    (entry) => kinds.has(entry.kind === 'note' ? 'notes' : 'clips') && inPeriod(entry.dayKey, options) && matches(entry.competencyIds),
  );
  const sprints = kinds.has('sprints')
    ? source.sprints.filter((sprint) => inPeriod(sprint.dayKey, options) && matches(sprint.competencyId ? [sprint.competencyId] : []))
    : [];
  const reflections = kinds.has('reflections')
    ? source.reflections.filter((item) => inPeriod(item.dayKey, options) && matches(item.competencyId ? [item.competencyId] : []))
    : [];
  return {
    entries: [...entries].sort((a, b) => b.createdAt - a.createdAt),
    sprints: [...sprints].sort((a, b) => b.startedAt - a.startedAt),
    reflections: [...reflections].sort((a, b) => b.dayKey.localeCompare(a.dayKey) || b.createdAt - a.createdAt),
  };
}

/** The redacted copy of one entry, as the bundle carries it. */
export function shareEntry(entry: SourceEntry, options: ShareOptions, context: ShareContext): SharedEntry {
  const { article, selection } = entry;
  const shared: SharedEntry = {
    id: entry.id,
    kind: entry.kind,
    url: entry.url,
    title: entryTitle(entry),
    siteName: article?.siteName ?? '',
    excerpt: article?.excerpt ?? '',
    takeaway: entry.takeaway,
    applyPlan: entry.applyPlan,
    tags: [...entry.tags],
    competencyIds: [...entry.competencyIds],
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    dayKey: entry.dayKey,
  };
  if (selection?.text) shared.selectionText = selection.text;
  if (options.includeBodies && article?.html) {
    const body = context.sanitizeHtml?.(article.html);
    if (body && body.length <= (context.maxBodyChars ?? Number.POSITIVE_INFINITY)) shared.bodyHtml = body;
  }
  const isOwnText = entry.kind === 'note';
  if (entry.note && (isOwnText || options.includePrivateNotes)) shared.note = entry.note;
  if (entry.applied) shared.applied = { ...entry.applied };
  return shared;
}

/** The share bundle for `options`: the chosen items minus the learner's exclusions, redacted. */
export function buildShareBundle(source: ShareSource, options: ShareOptions, context: ShareContext): ShareBundleDraft {
  const excluded = new Set(options.excludedIds);
  const kept = <T extends { id: string }>(items: readonly T[]) => items.filter((item) => !excluded.has(item.id));
  const selected = selectShareItems(source, options);
  const entries = kept(selected.entries).map((entry) => shareEntry(entry, options, context));
  const sprints = kept(selected.sprints).map(
    ({ id, startedAt, endedAt, plannedMs, elapsedMs, competencyId, goal, completed, dayKey }): SharedSprint => ({
      id,
      startedAt,
      endedAt,
      plannedMs,
      elapsedMs,
      goal,
      completed,
      dayKey,
      ...(competencyId ? { competencyId } : {}),
    }),
  );
  const reflections = kept(selected.reflections).map(
    ({ id, dayKey, learned, didntWork, tryNext, competencyId, createdAt }): SharedReflection => ({
      id,
      dayKey,
      learned,
      didntWork,
      tryNext,
      createdAt,
      ...(competencyId ? { competencyId } : {}),
    }),
  );
  const referenced = new Set([
    ...options.competencyIds,
    ...entries.flatMap((entry) => entry.competencyIds),
    ...[...sprints, ...reflections].flatMap((item) => (item.competencyId ? [item.competencyId] : [])),
  ]);
  return {
    kind: 'commonplace-share',
    schemaVersion: 1,
    createdAt: context.now,
    learner: { ...context.learner },
    period: { from: options.from, to: options.to },
    options: {
      kinds: SHARE_KINDS.filter((kind) => options.kinds.includes(kind)),
      competencyIds: [...options.competencyIds],
      includePrivateNotes: options.includePrivateNotes,
      includeBodies: options.includeBodies,
    },
    competencies: source.competencies
      .filter((competency) => referenced.has(competency.id))
      .map(({ id, name, category }) => ({ id, name, category })),
    entries,
    sprints,
    reflections,
  };
}
