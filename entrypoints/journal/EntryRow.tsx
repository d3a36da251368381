import { displayTitle, kindLabel } from '../../components/entry-labels';
import { formatDate, hostOf, truncate } from '../../components/format';
import { TagList } from '../../components/TagList';
import type { SearchQuery } from '../../domain/search';
import { excerptAround } from '../../domain/search-highlight';
import type { ListRow } from '../../storage/list-row';
import { FeedbackMarker } from './feedback/FeedbackMarker';
import { Highlighted } from './list/Highlighted';
import { entryHash } from './route';

const SNIPPET_CHARS = 220;

interface EntryRowProps {
  row: ListRow;
  /** What the learner searched for ('' when not searching): matches are marked. */
  search: string;
  query: SearchQuery;
  position: number;
  setSize: number;
  top: number;
  height: number;
}

/**
 * One entry in the list: what it is, where it came from, when, and its first words (or the
 * words around a match). Rows are absolutely placed by the virtual list, so each says where it
 * sits in the whole list for screen readers.
 */
export function EntryRow({ row, search, query, position, setSize, top, height }: EntryRowProps) {
  const source = row.siteName || hostOf(row.url);
  const snippet = truncate(search ? excerptAround(row.snippet, query, SNIPPET_CHARS * 2) : row.snippet, SNIPPET_CHARS);
  const href = search ? `${entryHash(row.id)}?q=${encodeURIComponent(search)}` : entryHash(row.id);
  return (
    <li
      class="entry-row"
      data-index={position - 1}
      data-id={row.id}
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ top: `${top}px`, height: `${height}px` }}
    >
      <div class="entry-meta">
        <span class={`kind kind-${row.kind}`}>{kindLabel(row.kind)}</span>
        {source && <span class="source">{source}</span>}
        <time dateTime={new Date(row.createdAt).toISOString()}>{formatDate(row.createdAt)}</time>
        <FeedbackMarker entryId={row.id} />
      </div>
      <h2 class="entry-title">
        <a href={href}>
          <Highlighted text={displayTitle(row.title)} query={query} />
        </a>
      </h2>
      {snippet && (
        <p class="snippet">
          <Highlighted text={snippet} query={query} />
        </p>
      )}
      <TagList tags={row.tags} />
    </li>
  );
}
