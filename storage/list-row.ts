/**
 * The list row of an entry: a light copy of what the entries list shows, keyed by a document
 * number that sorts like the creation time. The journal lists and filters these rows, so it never
 * reads article bodies; the text search finds their document numbers in posting lists
 * (storage/postings.ts). A row is written in the same transaction as its entry
 * (storage/search-index.ts).
 */
import { entryTitle } from '../domain/entry-title';
import type { Entry, EntryKind } from './schemas';

export interface ListRow {
  /** The document number (`docBase`): the table's own order is oldest first. */
  doc: number;
  id: string;
  kind: EntryKind;
  title: string;
  url: string;
  siteName: string;
  /** The first words the list shows; the body itself stays in `entries`. */
  snippet: string;
  tags: string[];
  competencyIds: string[];
  /** 1 when applied: IndexedDB cannot index booleans. */
  applied: 0 | 1;
  createdAt: number;
  /**
   * 1 while the entry's terms are not in the posting lists yet (a bulk import or an upgrade
   * writes rows first and indexes text after, see storage/search-pending.ts). Absent otherwise,
   * so the index on it lists only rows waiting.
   */
  unindexed?: 1;
}

/** Enough text for two lines in the list and for an excerpt around a match near the start. */
export const SNIPPET_CHARS = 600;
/**
 * Document numbers per millisecond of creation time: entries created in the same millisecond
 * (an import, a script) each get their own number, and numbers stay exact doubles until 2248.
 */
export const DOC_SLOTS = 1024;
/** The latest creation time with numbers of its own; later ones sort as if created then. */
const LAST_DOC_TIME = Math.floor(Number.MAX_SAFE_INTEGER / DOC_SLOTS) - 1;

/** The first document number of entries created at `createdAt`. */
export function docBase(createdAt: number): number {
  return Math.min(Math.max(0, createdAt), LAST_DOC_TIME) * DOC_SLOTS;
}

/** The smallest and largest document numbers of entries created in [from, to]. */
export function docRange(from: number | undefined, to: number | undefined): [number, number] {
  return [docBase(from ?? 0), to === undefined ? Number.MAX_SAFE_INTEGER : docBase(to) + DOC_SLOTS - 1];
}

/**
 * The first free document number at or after `docBase(createdAt)` (a thousand entries in one
 * millisecond spill into the next one).
 */
export function freeDoc(createdAt: number, taken: ReadonlySet<number>): number {
  let doc = docBase(createdAt);
  while (taken.has(doc)) doc += 1;
  return doc;
}

/** The row for `entry` under `doc`; `unindexed` when its terms are still to be indexed. */
export function buildListRow(entry: Entry, doc: number, unindexed = false): ListRow {
  return {
    doc,
    id: entry.id,
    kind: entry.kind,
    title: entryTitle(entry),
    url: entry.url,
    siteName: entry.article?.siteName ?? '',
    snippet: snippetOf(entry),
    tags: entry.tags,
    competencyIds: entry.competencyIds,
    applied: entry.applied ? 1 : 0,
    createdAt: entry.createdAt,
    ...(unindexed ? { unindexed: 1 as const } : {}),
  };
}

/** What the row quotes: the article's excerpt or opening, the passage, or the learner's note. */
function snippetOf(entry: Entry): string {
  const text = entry.article ? entry.article.excerpt || entry.article.text : (entry.selection?.text ?? entry.note);
  return text.slice(0, SNIPPET_CHARS);
}
