/** Text helpers for metadata that comes from untrusted pages. Pure. */

// C0/C1 control characters and bidi overrides/isolates: a hostile title can use them to
// disguise text in lists, file names and notifications.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Strips control characters, collapses whitespace and cuts to `maxLength` characters. */
export function cleanMetadataText(value: unknown, maxLength: number): string {
  if (typeof value !== 'string') return '';
  const cleaned = value.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1).trimEnd()}…` : cleaned;
}

/** Counts words, treating runs of CJK ideographs as one word per character. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const others = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu);
  return cjk + (others?.length ?? 0);
}

/** Adult silent reading speed used for the reading-time estimate (words per minute). */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `wordCount` words; at least 1 for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount <= 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
