/**
 * Search terms: how text becomes the terms the search index stores and a query looks up.
 *
 * A word is a run of letters, digits and marks. It is folded (NFKD, marks removed, lower case,
 * a few letters with no decomposition spelled out) so "Café", "CAFE" and "café" are one term.
 * Chinese and Japanese are written without spaces, so their runs become overlapping pairs of
 * characters (bigrams): "学习方法" -> 学习, 习方, 方法; a query's pairs then find the phrase.
 * Very common English words and one-letter words are not indexed: they would make the index far
 * larger and match nearly every entry.
 */

/** One term found in a text, with where it is (UTF-16 offsets), for highlighting. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/** A parsed query: whole terms, plus the last word as a prefix while it is still being typed. */
export interface SearchQuery {
  terms: string[];
  prefix?: string;
}

/** Terms longer than this are not words a learner types (hashes, base64, long URLs). */
export const MAX_TERM_LENGTH = 40;
/** A query looks up at most this many terms; more would not change the ranking much. */
export const MAX_QUERY_TERMS = 8;
/** A shorter prefix matches too much of the index to be useful while typing. */
export const MIN_PREFIX_LENGTH = 2;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUNS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+/gu;

/** Letters that NFKD leaves whole but a reader treats as their plain form. */
const SPELLED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPELLED_PATTERN = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'g');

export const STOP_WORDS: ReadonlySet<string> = new Set(
  'an and are as at be but by for from has have he her his if in into is it its me my no not of on or our she so than that the their them then there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

/** Folds one word: "Ça" -> "ca", "Straße" -> "strasse", "ＡＢＣ" -> "abc". */
export function foldWord(word: string): string {
  return (
    word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // NFKD also splits Hangul syllables into letters, which are not marks: put them back.
      .normalize('NFC')
      .toLowerCase()
      .replace(SPELLED_PATTERN, (letter) => SPELLED[letter] ?? letter)
  );
}

/** Every term of `text` in order, with its place in the text (repeats included). */
export function termSpans(text: string): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const word of text.matchAll(WORD)) {
    for (const part of word[0].matchAll(CJK_RUNS)) {
      const start = word.index + part.index;
      if (CJK.test(part[0])) pushBigrams(part[0], start, spans);
      else pushWord(part[0], start, spans);
    }
  }
  return spans;
}

function pushWord(word: string, start: number, spans: TermSpan[]): void {
  const term = foldWord(word);
  if (term.length < 2 && !/\p{N}/u.test(term)) return;
  if (term.length > MAX_TERM_LENGTH) return;
  spans.push({ term, start, end: start + word.length });
}

/** Overlapping pairs of characters; a lone character stands for itself. */
function pushBigrams(run: string, start: number, spans: TermSpan[]): void {
  const chars = Array.from(run);
  const offsets: number[] = [];
  let at = start;
  for (const char of chars) {
    offsets.push(at);
    at += char.length;
  }
  offsets.push(at);
  if (chars.length === 1) {
    spans.push({ term: foldWord(run), start, end: at });
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    spans.push({ term: foldWord(`${chars[i]}${chars[i + 1]}`), start: offsets[i] as number, end: offsets[i + 2] as number });
  }
}

/** The distinct terms of `text` worth indexing, in order of first appearance. */
export function tokenize(text: string): string[] {
  const terms = new Set<string>();
  for (const { term } of termSpans(text)) if (!STOP_WORDS.has(term)) terms.add(term);
  return [...terms];
}

/**
 * Parses what the learner typed. The last word is a prefix unless a space or punctuation
 * follows it (so "hab" finds "habits"); stop words are dropped except as that prefix, since
 * "th" may be on its way to "theory".
 */
export function parseQuery(input: string): SearchQuery {
  const spans = termSpans(input);
  const last = spans.at(-1);
  const isTyping = last !== undefined && last.end === input.length && (last.term.length >= MIN_PREFIX_LENGTH || CJK.test(last.term));
  const whole = isTyping ? spans.slice(0, -1) : spans;
  const terms = [...new Set(whole.map((span) => span.term).filter((term) => !STOP_WORDS.has(term)))];
  const prefix = isTyping ? last.term : undefined;
  const kept = terms.filter((term) => term !== prefix).slice(0, prefix ? MAX_QUERY_TERMS - 1 : MAX_QUERY_TERMS);
  return prefix ? { terms: kept, prefix } : { terms: kept };
}

/** True when the query has nothing to look up (empty, or only stop words and punctuation). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.prefix === undefined;
}

/** Whether an indexed term is one the query looks for (equal to a term, or starting with the prefix). */
export function termMatches(query: SearchQuery, term: string): boolean {
  return query.terms.includes(term) || (query.prefix !== undefined && term.startsWith(query.prefix));
}
