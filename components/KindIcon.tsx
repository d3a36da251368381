import type { EntryKind } from '../storage/schemas';

/**
 * One 16×16 outline glyph per kind of entry, drawn in the text colour (`currentColor`), always
 * beside the kind's word: the icon helps scanning, the word carries the meaning.
 */
const PATHS: Record<EntryKind, string> = {
  // A page with lines of text.
  article: 'M4 1.5h6l3 3v10H4zM6.5 7h4M6.5 9.5h4M6.5 12h2.5',
  // An opening quotation mark and the lines it introduces.
  selection: 'M2.5 4.5h3v3h-3zM2.5 7.5q0 3 2.5 3.5M8 4.5h5.5M8 8h5.5M8 11.5h3.5',
  // Two chain links.
  link: 'M7 9a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-1 1M9 7a2.6 2.6 0 0 0-3.7 0L3.1 9.2a2.6 2.6 0 0 0 3.7 3.7l1-1',
  // A pencil.
  note: 'M10.5 2.5l3 3-7.5 7.5H3v-3zM9 4l3 3',
};

export function KindIcon({ kind }: { kind: EntryKind }) {
  return (
    <svg class="kind-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
