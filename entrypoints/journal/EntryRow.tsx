import { useEffect, useRef } from 'preact/hooks';
import { displayTitle, kindLabel } from '../../components/entry-labels';
import { formatDate, hostOf, truncate } from '../../components/format';
import { TagList } from '../../components/TagList';
import type { Entry } from '../../storage/schemas';
import { entryHash } from './route';

const SNIPPET_CHARS = 220;

/** One entry in the list: what it is, where it came from, when, and its first words. */
export function EntryRow({ entry, hasFocus = false }: { entry: Entry; hasFocus?: boolean }) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (hasFocus) link.current?.focus();
  }, [hasFocus]);

  const source = entry.article?.siteName || hostOf(entry.url);
  const snippet = truncate(snippetOf(entry), SNIPPET_CHARS);
  return (
    <li class="entry-row">
      <div class="entry-meta">
        <span class={`kind kind-${entry.kind}`}>{kindLabel(entry.kind)}</span>
        {source && <span class="source">{source}</span>}
        <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDate(entry.createdAt)}</time>
      </div>
      <h2 class="entry-title">
        <a href={entryHash(entry.id)} ref={link}>
          {displayTitle(entry.title)}
        </a>
      </h2>
      {snippet && <p class="snippet">{snippet}</p>}
      <TagList tags={entry.tags} />
    </li>
  );
}

/** What the row quotes: the article's excerpt or opening, the passage, or the learner's note. */
function snippetOf(entry: Entry): string {
  if (entry.article) return entry.article.excerpt || entry.article.text.slice(0, SNIPPET_CHARS * 2);
  if (entry.selection) return entry.selection.text.slice(0, SNIPPET_CHARS * 2);
  return entry.note.slice(0, SNIPPET_CHARS * 2);
}
