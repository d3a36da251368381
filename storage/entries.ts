/** Queries and commands on the `entries` table. */
import { type AnnotationField, type AnnotationFields, mergeFieldEdits } from '../domain/field-edits';
import { dayKey } from '../domain/time';
import { normalizeUrl } from '../domain/urls';
import { adjustDayTotals } from './day-totals';
import { type CommonplaceDb, getDb } from './db';
import { lastDiskReading } from './disk-guard';
import { mergeIfLong } from './postings';
import { type ArticleContent, type Entry, type EntryKind, EntrySchema, LIMITS, type SelectionContent } from './schemas';
import { indexEntry, indexTables, unindexEntry } from './search-index';

/** What a capture brings; everything the learner adds later starts empty. */
export interface CaptureDraft {
  kind: EntryKind;
  url: string;
  canonicalUrl?: string;
  title: string;
  article?: ArticleContent;
  selection?: SelectionContent;
  note?: string;
  /** The learning sprint running when this was captured. */
  sprintId?: string;
}

export type SaveStatus = 'created' | 'updated';

export interface SaveResult {
  entry: Entry;
  status: SaveStatus;
}

/** The draft linked to a sprint, or unchanged when none is running. */
export function withSprint(draft: CaptureDraft, sprintId: string | undefined): CaptureDraft {
  return sprintId ? { ...draft, sprintId } : draft;
}

/**
 * Runs `write` in one transaction over the entries and everything kept in step with them, then
 * folds the search queue into the posting lists if it has grown long (after the commit: the
 * entry is saved however that goes, and a later write or the journal page retries it).
 */
async function inEntryTransaction<T>(db: CommonplaceDb, write: () => Promise<T>): Promise<T> {
  const result = await db.transaction('rw', [db.entries, ...indexTables(db), db.dayTotals], write);
  // Merging can wait: on a filling disk the queue stays as it is (queries read it anyway).
  if (lastDiskReading().state === 'ok') mergeIfLong(db).catch(() => undefined);
  return result;
}

/** Articles and links are one entry per page; passages and notes are always new entries. */
function isOnePerPage(kind: EntryKind): boolean {
  return kind === 'article' || kind === 'link';
}

/**
 * Saves a capture. Clipping a page that is already in the journal updates that entry: the new
 * content replaces the old, the learner's notes, tags and competencies are kept, and a plain
 * link never downgrades a clipped article.
 */
export async function saveCapture(
  draft: CaptureDraft,
  now: number,
  db: CommonplaceDb = getDb(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveResult> {
  const url = draft.url ? normalizeUrl(draft.url) : '';
  return inEntryTransaction(db, async () => {
    const existing = isOnePerPage(draft.kind) && url ? await findPageEntry(db, url) : undefined;
    if (existing) {
      const keepsArticle = draft.kind === 'link' && existing.kind === 'article';
      const updated = EntrySchema.parse({
        ...existing,
        kind: keepsArticle ? existing.kind : draft.kind,
        title: draft.title || existing.title,
        canonicalUrl: draft.canonicalUrl || existing.canonicalUrl,
        article: keepsArticle ? existing.article : (draft.article ?? existing.article),
        note: appendNote(existing.note, draft.note),
        // A page keeps the sprint it was first captured in.
        ...(existing.sprintId || !draft.sprintId ? {} : { sprintId: draft.sprintId }),
        updatedAt: Math.max(now, existing.updatedAt),
      });
      await writeEntry(db, updated, existing);
      return { entry: updated, status: 'updated' as const };
    }
    const entry = EntrySchema.parse({
      id: newId(),
      kind: draft.kind,
      url,
      canonicalUrl: draft.canonicalUrl ?? '',
      title: draft.title,
      article: draft.article,
      selection: draft.selection,
      note: draft.note ?? '',
      tags: [],
      competencyIds: [],
      takeaway: '',
      applyPlan: '',
      ...(draft.sprintId ? { sprintId: draft.sprintId } : {}),
      createdAt: now,
      updatedAt: now,
      dayKey: dayKey(now),
    });
    await Promise.all([db.entries.add(entry), indexEntry(db, entry, undefined), adjustDayTotals(db, [], [entry])]);
    return { entry, status: 'created' as const };
  });
}

function appendNote(existing: string, addition: string | undefined): string {
  if (!addition) return existing;
  return existing ? `${existing}\n\n${addition}` : addition;
}

/** The article or link saved for a page's address, if any. */
export function findSavedPage(url: string, db: CommonplaceDb = getDb()): Promise<Entry | undefined> {
  return findPageEntry(db, normalizeUrl(url));
}

async function findPageEntry(db: CommonplaceDb, url: string): Promise<Entry | undefined> {
  const candidates = await db.entries.where('url').equals(url).toArray();
  return candidates.find((entry) => isOnePerPage(entry.kind));
}

/** Sets the learner's note and tags on an entry. Returns the updated entry. */
export function annotateEntry(
  id: string,
  changes: { note: string; tags: string[] },
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<Entry> {
  return saveAnnotation(id, changes, {}, now, db);
}

/** Fields a form changed that someone else changed too since it opened: nothing was saved. */
export class EditConflictError extends Error {
  constructor(readonly fields: AnnotationField[]) {
    super('This entry was changed elsewhere since you opened it, so nothing was saved. Copy your text, reload, and save again.');
    this.name = 'EditConflictError';
  }
}

/**
 * Saves a form's note, takeaway, apply plan and tags in one transaction, validated before
 * anything is written: only the fields the learner changed since `base` (the values the form
 * started from) are written, and a field also changed elsewhere meanwhile refuses the whole save
 * (domain/field-edits.ts). Without a base, every given field is written.
 */
export function saveAnnotation(
  id: string,
  edited: Partial<AnnotationFields>,
  base: Partial<AnnotationFields>,
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<Entry> {
  const clean = edited.tags ? { ...edited, tags: [...new Set(edited.tags.map((tag) => tag.trim()).filter(Boolean))] } : edited;
  return editEntry(id, now, db, (existing) => {
    const merged = mergeFieldEdits(existing, clean, base);
    if (merged.conflicts.length > 0) throw new EditConflictError(merged.conflicts);
    return merged.changed.length === 0 ? undefined : { ...existing, ...merged.values };
  });
}

export class EntryNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No entry with id ${id}`);
    this.name = 'EntryNotFoundError';
  }
}

/** One page of entries, newest first, starting after the entry created at `before` (exclusive). */
export async function listNewest(limit: number, before?: number, db: CommonplaceDb = getDb()): Promise<Entry[]> {
  const range = before === undefined ? db.entries.orderBy('createdAt') : db.entries.where('createdAt').below(before);
  return range.reverse().limit(limit).toArray();
}

export function getEntry(id: string, db: CommonplaceDb = getDb()): Promise<Entry | undefined> {
  return db.entries.get(id);
}

/** Deletes an entry and returns it, so the caller can offer undo with `restoreEntry`. */
export async function deleteEntry(id: string, db: CommonplaceDb = getDb()): Promise<Entry | undefined> {
  return inEntryTransaction(db, async () => {
    const existing = await db.entries.get(id);
    if (existing) await db.entries.delete(id);
    await unindexEntry(db, id, existing);
    if (existing) await adjustDayTotals(db, [existing], []);
    return existing;
  });
}

/**
 * Puts a deleted entry back exactly as it was. If the same page was clipped again meanwhile (a
 * new entry for its URL), the two become one, as a re-clip of the restored entry would: the
 * restored entry keeps its id and the learner's words, takes the newer clip's content, and gains
 * anything the learner added to the new one.
 */
export async function restoreEntry(entry: Entry, db: CommonplaceDb = getDb()): Promise<void> {
  const restored = EntrySchema.parse(entry);
  await inEntryTransaction(db, async () => {
    const reclipped = isOnePerPage(restored.kind) && restored.url ? await findPageEntry(db, restored.url) : undefined;
    if (!reclipped || reclipped.id === restored.id) {
      await writeEntry(db, restored, await db.entries.get(restored.id));
      return;
    }
    await db.entries.delete(reclipped.id);
    await unindexEntry(db, reclipped.id, reclipped);
    await adjustDayTotals(db, [reclipped], []);
    await writeEntry(db, mergeReclip(restored, reclipped), undefined);
  });
}

/** A restored entry with the content of a later clip of its page merged in. */
function mergeReclip(restored: Entry, later: Entry): Entry {
  const keepsArticle = later.kind === 'link' && restored.kind === 'article';
  return EntrySchema.parse({
    ...restored,
    kind: keepsArticle ? restored.kind : later.kind,
    title: later.title || restored.title,
    canonicalUrl: later.canonicalUrl || restored.canonicalUrl,
    article: keepsArticle ? restored.article : (later.article ?? restored.article),
    note: appendNote(restored.note, later.note),
    tags: [...new Set([...restored.tags, ...later.tags])].slice(0, LIMITS.tags),
    competencyIds: [...new Set([...restored.competencyIds, ...later.competencyIds])].slice(0, LIMITS.tags),
    takeaway: restored.takeaway || later.takeaway,
    applyPlan: restored.applyPlan || later.applyPlan,
    ...(restored.applied || later.applied ? { applied: restored.applied ?? later.applied } : {}),
    updatedAt: Math.max(restored.updatedAt, later.updatedAt),
  });
}

/**
 * Stores an entry, its list row and search terms and the day totals (`previous` is the entry as
 * stored before, if any); only inside a transaction over entries, `indexTables` and dayTotals.
 */
async function writeEntry(db: CommonplaceDb, entry: Entry, previous: Entry | undefined): Promise<void> {
  // Three independent writes at once (one transaction): a clip waits for the slowest, not the sum.
  await Promise.all([db.entries.put(entry), indexEntry(db, entry, previous), adjustDayTotals(db, previous ? [previous] : [], [entry])]);
}

/**
 * How many entries there are, from the `createdAt` index (one small key per entry): counting the
 * store itself reads every article, hundreds of MB in a large journal, and every write waits.
 */
export function countEntries(db: CommonplaceDb = getDb()): Promise<number> {
  return db.entries.orderBy('createdAt').count();
}

/** The learner's enrichment of an entry beyond note and tags (which `annotateEntry` sets). */
export interface EntryDetails {
  takeaway?: string;
  applyPlan?: string;
  competencyIds?: string[];
}

/** Reads, edits and writes one entry (with its list row and search terms) in one transaction. */
async function editEntry(id: string, now: number, db: CommonplaceDb, edit: (existing: Entry) => Entry | undefined): Promise<Entry> {
  return inEntryTransaction(db, async () => {
    const existing = await db.entries.get(id);
    if (!existing) throw new EntryNotFoundError(id);
    const edited = edit(existing);
    if (!edited) return existing;
    const updated = EntrySchema.parse({ ...edited, updatedAt: Math.max(now, existing.updatedAt) });
    await writeEntry(db, updated, existing);
    return updated;
  });
}

/** Sets takeaway, apply plan and/or competencies (fields left out are kept). Returns the updated entry. */
export function setEntryDetails(id: string, details: EntryDetails, now: number, db: CommonplaceDb = getDb()): Promise<Entry> {
  return editEntry(id, now, db, (existing) => ({
    ...existing,
    ...details,
    competencyIds: details.competencyIds ? [...new Set(details.competencyIds)] : existing.competencyIds,
  }));
}

/** Adds competencies to an entry (an accepted suggestion), keeping those it has; a no-op when it has them all. */
export function addEntryCompetencies(
  id: string,
  competencyIds: readonly string[],
  now: number,
  db: CommonplaceDb = getDb(),
): Promise<Entry> {
  return editEntry(id, now, db, (existing) => {
    const merged = [...new Set([...existing.competencyIds, ...competencyIds])];
    return merged.length === existing.competencyIds.length ? undefined : { ...existing, competencyIds: merged };
  });
}

/** Marks an entry applied (when, what was done, an optional link), or unmarks it with `undefined`. */
export function setApplied(id: string, applied: Entry['applied'], now: number, db: CommonplaceDb = getDb()): Promise<Entry> {
  return editEntry(id, now, db, ({ applied: _previous, ...rest }) => (applied ? { ...rest, applied } : rest));
}
