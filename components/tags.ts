import { LIMITS } from '../storage/limits';

/** "a, b ,c" -> ["a", "b", "c"]: trimmed, without empties or duplicates, within the schema limits. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(',')
    .map((tag) => tag.trim().slice(0, LIMITS.tag))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, LIMITS.tags);
}

/** The text a tags input shows for `tags`; `parseTags(formatTags(tags))` gives `tags` back. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
