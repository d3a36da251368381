import { t } from '../../../components/i18n';
import { parseTags } from '../../../components/tags';

const MAX_SHOWN = 8;

/** Existing tags that complete the tag being typed (the text after the last comma). */
export function completeTag(input: string, known: readonly string[]): string[] {
  const current = (input.split(',').at(-1) ?? '').trim().toLowerCase();
  if (!current) return [];
  const chosen = new Set(parseTags(input).map((tag) => tag.toLowerCase()));
  return known.filter((tag) => tag.toLowerCase().startsWith(current) && !chosen.has(tag.toLowerCase())).slice(0, MAX_SHOWN);
}

/** `input` with its last, partly typed tag replaced by `tag`, ready for the next one. */
export function acceptTag(input: string, tag: string): string {
  const before = input.split(',').slice(0, -1);
  return [...before.map((part) => part.trim()).filter(Boolean), tag].join(', ').concat(', ');
}

/**
 * Completions for the tags field as buttons under it. The field stays a plain text box (tags
 * are typed freely, comma-separated); the buttons are reachable with Tab and announced politely.
 */
export function TagCompletions({ input, known, onAccept }: { input: string; known: readonly string[]; onAccept: (next: string) => void }) {
  const matches = completeTag(input, known);
  return (
    <div class="tag-completions" aria-live="polite">
      {matches.length > 0 && (
        <>
          <span class="hint">{t('entryTagCompletions')}</span>
          {matches.map((tag) => (
            <button key={tag} type="button" class="chip" onClick={() => onAccept(acceptTag(input, tag))}>
              {tag}
            </button>
          ))}
        </>
      )}
    </div>
  );
}
