import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { t } from '../../components/i18n';
import { listNewest } from '../../storage/entries';
import { EmptyState } from './EmptyState';
import { EntryRow } from './EntryRow';

export const PAGE_SIZE = 50;

/**
 * The journal, newest first. It shows `limit` entries and grows by a page on "Load more"; the
 * query is live, so a clip saved by the background appears without a reload.
 */
export function EntryList({ focusEntryId }: { focusEntryId?: string }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // One extra row tells whether there is another page.
  const result = useLiveQuery(() => listNewest(limit + 1), [limit]);
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusIndex, setFocusIndex] = useState<number>();

  const entries = result.status === 'ready' ? result.value.slice(0, limit) : [];
  const hasMore = result.status === 'ready' && result.value.length > limit;

  useEffect(() => {
    document.title = t('journalPageTitle');
  }, []);

  // After "Load more", move focus to the first new entry rather than leaving it at the bottom.
  useEffect(() => {
    if (focusIndex === undefined || entries.length <= focusIndex) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.entry-title a')[focusIndex]?.focus();
    setFocusIndex(undefined);
  }, [focusIndex, entries.length]);

  return (
    <section class="entry-list-view" aria-labelledby="journal-heading">
      <h1 id="journal-heading" ref={heading} tabIndex={-1}>
        {t('journalHeading')}
      </h1>
      {result.status === 'loading' && <p class="muted">{t('journalLoading')}</p>}
      {result.status === 'error' && (
        <p class="error" role="alert">
          {t('journalLoadFailed', result.error.message)}
        </p>
      )}
      {result.status === 'ready' && entries.length === 0 && <EmptyState />}
      {entries.length > 0 && (
        <ol class="entry-list" ref={list}>
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} hasFocus={entry.id === focusEntryId} />
          ))}
        </ol>
      )}
      {hasMore && (
        <button
          type="button"
          class="load-more"
          onClick={() => {
            setFocusIndex(limit);
            setLimit(limit + PAGE_SIZE);
          }}
        >
          {t('journalLoadMore')}
        </button>
      )}
    </section>
  );
}
