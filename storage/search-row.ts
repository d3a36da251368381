/**
 * The search row of an entry: a light copy of what a list row shows plus the entry's search
 * terms. The journal lists and searches these rows, so it never reads article bodies; they are
 * written in the same transaction as the entry (see `storage/entries.ts`).
 */
import { tokenize } from '../domain/search';
import type { Entry, EntryKind } from './schemas';

export interface SearchRow {
  /** Creation time then id (`rowKey`): the table's own order is newest last. */
  key: string;
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
  /** Every distinct term of the title, tags, notes and text (multiEntry index). */
  terms: string[];
  /** The terms of the title and tags, which rank above the body. */
  boost: string[];
}

/** Enough text for two lines in the list and for an excerpt around a match near the start. */
export const SNIPPET_CHARS = 600;
/**
 * A cap on terms per entry, so one huge page cannot make a clip's index update slow; the title,
 * tags and notes come first, so only the far end of a very long article goes unindexed.
 */
export const MAX_INDEXED_TERMS = 5_000;

/** Sorts by creation time (base 36, fixed width, good until the year 5188), then by id. */
export function rowKey(createdAt: number, id: string): string {
  return `${createdAt.toString(36).padStart(9, '0')}|${id}`;
}

/** The entry id a row key ends with. */
export function idOfRowKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

/** The smallest and largest keys of entries created in [from, to]. */
export function rowKeyRange(from: number | undefined, to: number | undefined): [string, string] {
  return [rowKey(Math.max(0, from ?? 0), ''), rowKey(Math.max(0, to ?? 36 ** 9 - 1), '\uffff')];
}

/** The search row for `entry`. */
export function buildSearchRow(entry: Entry): SearchRow {
  const boost = tokenize([entry.title, ...entry.tags].join('\n'));
  // Past this many characters a page has long since filled the term cap; do not split it all.
  const body = (entry.article?.text ?? entry.selection?.text ?? '').slice(0, 300_000);
  const own = [entry.note, entry.takeaway, entry.applyPlan, entry.applied?.evidence ?? ''].join('\n');
  const terms = new Set(boost);
  for (const term of tokenize(own)) terms.add(term);
  for (const term of tokenize(body)) {
    if (terms.size >= MAX_INDEXED_TERMS) break;
    terms.add(term);
  }
  return listRow(entry, [...terms], boost);
}

/**
 * A term no text can produce (tokenize drops control characters). A row carrying it is waiting
 * for its full text terms (storage/search-pending.ts); the multiEntry index finds such rows.
 */
export const PENDING_TERM = '\u0000pending';

/**
 * The row for `entry` without its terms, marked pending: a bulk import writes these in its
 * transaction (one term index record per entry instead of hundreds), so the entries list and
 * its filters are right at once; search finds the entry once its terms follow, in small
 * transactions (storage/search-pending.ts).
 */
export function buildPendingRow(entry: Entry): SearchRow {
  return listRow(entry, [PENDING_TERM], []);
}

/** What the list shows of `entry`, with the given terms. */
function listRow(entry: Entry, terms: string[], boost: string[]): SearchRow {
  return {
    key: rowKey(entry.createdAt, entry.id),
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    url: entry.url,
    siteName: entry.article?.siteName ?? '',
    snippet: snippetOf(entry),
    tags: entry.tags,
    competencyIds: entry.competencyIds,
    applied: entry.applied ? 1 : 0,
    createdAt: entry.createdAt,
    terms,
    boost,
  };
}

/** What the row quotes: the article's excerpt or opening, the passage, or the learner's note. */
function snippetOf(entry: Entry): string {
  const text = entry.article ? entry.article.excerpt || entry.article.text : (entry.selection?.text ?? entry.note);
  return text.slice(0, SNIPPET_CHARS);
}
