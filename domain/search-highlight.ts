/**
 * Which parts of a text match a search, as plain-text parts. The UI renders each part as a text
 * node, wrapping matches in <mark>: nothing here is ever parsed as HTML, so hostile text in an
 * entry stays text.
 */
import { isEmptyQuery, parseQuery, type SearchQuery, termMatches, termSpans } from './search';

export interface TextPart {
  text: string;
  isMatch: boolean;
}

/**
 * Splits `text` into parts, marking the words (or, in Chinese and Japanese, the characters) that
 * the query finds. `query` is what the learner typed, or an already parsed query. The parts
 * joined give back `text` exactly.
 */
export function highlightTerms(text: string, query: string | SearchQuery): TextPart[] {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (!text) return [];
  if (isEmptyQuery(parsed)) return [{ text, isMatch: false }];
  const ranges: [number, number][] = [];
  for (const span of termSpans(text)) {
    if (!termMatches(parsed, span.term)) continue;
    const last = ranges.at(-1);
    // Bigrams overlap by one character: join touching ranges into one mark.
    if (last && span.start <= last[1]) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), isMatch: false });
    parts.push({ text: text.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMatch: false });
  return parts;
}

/**
 * A window of about `length` characters of `text` around its first match, so a list row can
 * show why an entry was found; the start of the text when nothing matches.
 */
export function excerptAround(text: string, query: string | SearchQuery, length: number): string {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const first = isEmptyQuery(parsed) ? undefined : termSpans(text).find((span) => termMatches(parsed, span.term));
  if (!first || first.end <= length) return text.slice(0, length);
  const start = text.lastIndexOf(' ', Math.max(0, first.start - Math.floor(length / 3)));
  return `…${text.slice(start + 1, start + 1 + length)}`;
}
