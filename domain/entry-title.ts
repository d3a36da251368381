/**
 * One title rule for every kind of entry, used by the list, the entry page, the share preview
 * and the team view. Pure.
 */
import { cleanMetadataText } from './text';

/** Longest title made from a note's first line. */
export const NOTE_TITLE_CHARS = 80;

/** " | Site", " - Site", " — Site", " · Site", " :: Site", " » Site": a page title's site suffix. */
const SITE_SUFFIX = /^(.*\S)\s+(?:\||-|–|—|·|::|»)\s+([^|–—·»]+)$/u;
/** A suffix this long is part of the title, not a site name. */
const MAX_SITE_WORDS = 4;
/** What is left must still read as a title. */
const MIN_TITLE_WORDS = 3;

/**
 * A page's title without the site name browsers show after it ("How to give feedback | Acme
 * blog"), as reader views drop it for articles. Kept whole when the suffix is long or the rest
 * would be too short to stand alone ("News - Home" stays as it is).
 */
export function withoutSiteSuffix(title: string): string {
  const match = SITE_SUFFIX.exec(title.trim());
  if (!match) return title.trim();
  const [, rest = '', suffix = ''] = match;
  if (wordCount(suffix) > MAX_SITE_WORDS || wordCount(rest) < MIN_TITLE_WORDS) return title.trim();
  return rest;
}

/** A note's title: its first line with text, cut at a word. */
export function noteTitle(note: string): string {
  const firstLine = note.split('\n').find((line) => line.trim() !== '') ?? '';
  const flat = firstLine.replace(/^#+\s+/, '').trim();
  if (flat.length <= NOTE_TITLE_CHARS) return cleanMetadataText(flat, NOTE_TITLE_CHARS);
  const cut = flat.slice(0, NOTE_TITLE_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > NOTE_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The title an entry shows everywhere: notes by their first line, pages without the site suffix. */
export function entryTitle(entry: { kind: string; title: string; note?: string }): string {
  if (entry.kind === 'note') return noteTitle(entry.note ?? '') || entry.title.trim();
  if (entry.kind === 'article') return entry.title.trim();
  return withoutSiteSuffix(entry.title);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
