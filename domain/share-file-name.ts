/**
 * The name of a share file: `<display-name-slug>-<YYYY-MM-DD>.commonplace-share.json`. The
 * display name is the user's text, so only lowercase letters, digits and dashes reach the name
 * (no path separators, dots or control characters).
 */

export const SHARE_FILE_SUFFIX = '.commonplace-share.json';
const MAX_SLUG = 60;

/** "Zoë O'Brien" -> "zoe-o-brien"; '' when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** The share file's name for `displayName` on local day `dayKey`. */
export function shareFileName(displayName: string, dayKey: string): string {
  return `${slugify(displayName) || 'commonplace'}-${dayKey}${SHARE_FILE_SUFFIX}`;
}
