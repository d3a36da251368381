/**
 * The terms an entry is found by in the posting lists (storage/postings.ts). Apart from the list
 * row, so the popup, which writes no entries, does not load the tokenizer with the database.
 */
import { tokenize } from '../domain/search';
import type { Entry } from './schemas';

/**
 * A cap on terms per entry, so one huge page cannot make its index update slow; the title,
 * tags and notes come first, so only the far end of a very long article goes unindexed.
 */
export const MAX_INDEXED_TERMS = 5_000;
/**
 * Marks a term of the title or tags in the posting lists: those rank above the body. It sorts
 * before every word, so a prefix search never meets it.
 */
export const BOOST_MARK = '\u0001';

/**
 * The terms `entry` is listed under in the posting lists: every distinct term of its title, tags,
 * notes and text, then those of the title and tags again with `BOOST_MARK`.
 */
export function entryTerms(entry: Entry): string[] {
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
  return [...terms, ...boost.map((term) => BOOST_MARK + term)];
}
