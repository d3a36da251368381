import { kindLabel } from '../../components/entry-labels';
import { hostOf, truncate } from '../../components/format';
import { t } from '../../components/i18n';
import { KindIcon } from '../../components/KindIcon';
import { TagList } from '../../components/TagList';
import { entryTitle, noteTitle } from '../../domain/entry-title';
import type { SearchQuery } from '../../domain/search';
import { excerptAround } from '../../domain/search-highlight';
import type { ListRow } from '../../storage/list-row';
import { FeedbackMarker } from './feedback/FeedbackMarker';
import { Highlighted } from './list/Highlighted';
import { formatListTime } from './list/list-time';
import { entryHash } from './route';

const SNIPPET_CHARS = 220;

interface EntryRowProps {
  row: ListRow;
  /** What the learner searched for ('' when not searching): matches are marked. */
  search: string;
  query: SearchQuery;
  /** Competency names by id, for the row's chips. */
  competencyNames: ReadonlyMap<string, string>;
  position: number;
  setSize: number;
  top: number;
  height: number;
  now: number;
}

/**
 * One entry in the list, on two lines: kind, title and when; then the site, the applied mark,
 * competencies, tags and the first words (or the words around a match). Rows are absolutely placed
 * by the virtual list, so each says where it sits in the whole list for screen readers.
 */
export function EntryRow({ row, search, query, competencyNames, position, setSize, top, height, now }: EntryRowProps) {
  // The same form for every kind (articles also have a site name; the entry page shows it).
  const source = hostOf(row.url);
  const title = entryTitle({ kind: row.kind, title: row.title, note: row.kind === 'note' ? row.snippet : '' });
  const text = row.kind === 'note' ? withoutFirstLine(row.snippet) : row.snippet;
  const snippet = truncate(search ? excerptAround(text, query, SNIPPET_CHARS * 2) : text, SNIPPET_CHARS);
  const href = search ? `${entryHash(row.id)}?q=${encodeURIComponent(search)}` : entryHash(row.id);
  const competencies = row.competencyIds.flatMap((id) => competencyNames.get(id) ?? []);
  return (
    <li
      class="entry-row"
      data-index={position - 1}
      data-id={row.id}
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ top: `${top}px`, height: `${height}px` }}
    >
      <div class="entry-line">
        <span class={`kind kind-${row.kind}`}>
          <KindIcon kind={row.kind} />
          {kindLabel(row.kind)}
        </span>
        <h2 class="entry-title">
          <a href={href}>
            <Highlighted text={title || t('journalUntitled')} query={query} />
          </a>
        </h2>
        <FeedbackMarker entryId={row.id} />
        <time dateTime={new Date(row.createdAt).toISOString()}>{formatListTime(row.createdAt, now)}</time>
      </div>
      <div class="entry-line entry-details">
        {source && (
          <span class="source" title={row.siteName || undefined}>
            {source}
          </span>
        )}
        <span class="entry-marks">
          {row.applied === 1 && <span class="applied-mark">{t('listApplied')}</span>}
          {competencies.map((name) => (
            <span key={name} class="chip competency-chip">
              {name}
            </span>
          ))}
          <TagList tags={row.tags} />
        </span>
        {snippet && (
          <span class="snippet">
            <Highlighted text={snippet} query={query} />
          </span>
        )}
      </div>
    </li>
  );
}

/** A note's text after its first line, which is already its title. */
function withoutFirstLine(text: string): string {
  const title = noteTitle(text);
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  return title && first >= 0 ? lines.slice(first + 1).join(' ') : text;
}
