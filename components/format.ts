/** Display formatting shared by the journal views. Locale comes from the browser. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "21 Nov 2026" for an epoch-ms instant. */
export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}

/** "21 Nov 2026, 22:34" for an epoch-ms instant. */
export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

/**
 * A page's published time as the reader shows it: formatted when it parses as a date, the
 * page's own words otherwise (sites write anything there).
 */
export function formatPublished(raw: string): string {
  const epochMs = Date.parse(raw);
  return Number.isNaN(epochMs) ? raw : formatDate(epochMs);
}

/** "example.com" for a web URL, '' for anything else. */
export function hostOf(rawUrl: string): string {
  const url = webUrl(rawUrl);
  return url ? url.hostname.replace(/^www\./, '') : '';
}

/** The URL when it is http(s), the only kinds the journal shows as links. */
export function webUrl(rawUrl: string): URL | undefined {
  try {
    const url = new URL(rawUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The first `max` characters of `text` on one line, cut at a word with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
