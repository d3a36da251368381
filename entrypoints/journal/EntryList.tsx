import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { t } from '../../components/i18n';
import { parseQuery } from '../../domain/search';
import { getDb } from '../../storage/db';
import { countRange, FIRST_MATCHES, resolveListing, rowsAt } from '../../storage/entry-queries';
import { repairSearchIndex } from '../../storage/search-index';
import { completePendingRows, countPendingRows } from '../../storage/search-pending';
import { EmptyState } from './EmptyState';
import { EntryRow } from './EntryRow';
import { FilterBar } from './list/FilterBar';
import { hasFilters, rememberScroll, useListState } from './list/list-state';
import { SearchBox } from './list/SearchBox';
import { useListKeys } from './list/use-list-keys';
import { scrollRowIntoView, useVisibleRange } from './list/use-visible-range';
import './list/list.css';
import { errorText } from '../../components/error-text';

/**
 * Every row has this height (two lines; CSS cuts what does not fit with an ellipsis), so a row's
 * place is index × height and a long list never measures its rows.
 */
export const ROW_HEIGHT = 64;
/** Rows are read in aligned chunks, so scrolling a little does not query again. */
const CHUNK = 40;
/** Typing pauses this long before the search runs; each keystroke would otherwise query. */
const SEARCH_DELAY_MS = 80;
/** Each time the list is scrolled near the last match read, this many times more are read. */
const MORE_MATCHES = 4;
/** After the first rows, the index check waits this long for the page to be idle. */
const REPAIR_DELAY_MS = 3_000;

// Once per page: the check reads every key of two tables (see `repairSearchIndex`).
let isRepairScheduled = false;

/**
 * The journal, newest first (or best match first while searching), filtered, virtualized: only
 * the rows near the viewport are read from the light list rows and rendered. Live: a clip
 * saved by the background appears without a reload.
 */
export function EntryList({ focusEntryId }: { focusEntryId?: string }) {
  const [state, update] = useListState();
  const [typed, setTyped] = useState(state.search);
  const searchField = useRef<HTMLInputElement>(null);
  const [activeIndex, setActiveIndex] = useState<number>();
  const pendingIndex = useRef<number | undefined>(undefined);

  useEffect(() => {
    document.title = t('journalPageTitle');
  }, []);
  // Compared when the timer fires, not when the effect runs: an earlier timer may have applied
  // another text in between (typing "a", clearing, typing "a" again within the delay).
  const appliedSearch = useRef(state.search);
  appliedSearch.current = state.search;
  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed !== appliedSearch.current) update({ search: typed, scrollY: 0 });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const filterKey = JSON.stringify(state.filters);
  // A search or filter reads its newest matches first and more as the list is scrolled to them.
  const queryKey = `${state.search}\n${filterKey}`;
  const [wanted, setWanted] = useState({ queryKey, limit: FIRST_MATCHES });
  const limit = wanted.queryKey === queryKey ? wanted.limit : FIRST_MATCHES;
  const listing = useLiveQuery(() => resolveListing(state.search, state.filters, getDb(), limit), [state.search, filterKey, limit]);
  const query = useMemo(() => parseQuery(state.search), [state.search]);
  const listed = listing.status === 'ready' ? listing.value : undefined;
  // Counting a large range takes longer than its first rows: the count starts once they show.
  const [hasFirstRows, setHasFirstRows] = useState(false);
  const counted = useLiveQuery(
    async () => (listed?.type === 'range' && hasFirstRows ? countRange(listed) : undefined),
    [listed, hasFirstRows],
  );
  const knownTotal = listed?.type === 'keys' ? listed.total : counted.status === 'ready' ? counted.value : undefined;
  const { listRef, start, end } = useVisibleRange(knownTotal ?? CHUNK, ROW_HEIGHT);
  const chunkStart = Math.floor(start / CHUNK) * CHUNK;
  const chunkEnd = Math.ceil(end / CHUNK) * CHUNK;
  const rows = useLiveQuery(async () => {
    if (!listed || chunkEnd <= chunkStart) return { offset: chunkStart, rows: [] };
    return { offset: chunkStart, rows: await rowsAt(listed, chunkStart, chunkEnd - chunkStart) };
  }, [listed, chunkStart, chunkEnd]);
  const loaded = rows.status === 'ready' ? rows.value : { offset: 0, rows: [] };
  const total = knownTotal ?? loaded.rows.length;
  const isComplete = listed?.type !== 'keys' || listed.isComplete;
  const isSearching = state.search.trim() !== '';
  useEffect(() => {
    if (rows.status === 'ready') setHasFirstRows(true);
  }, [rows.status]);
  useEffect(() => {
    if (!isComplete && end >= total - CHUNK) setWanted({ queryKey, limit: limit * MORE_MATCHES });
  }, [isComplete, end, total]);
  // Entries written around storage/entries.ts (raw imports, older builds) get their rows; the
  // live query then shows them. Well after the first rows, so it never competes with them.
  useEffect(() => {
    if (!hasFirstRows || isRepairScheduled) return;
    isRepairScheduled = true;
    // Then the text terms an interrupted import left pending (storage/search-pending.ts).
    setTimeout(
      () =>
        repairSearchIndex()
          .then(() => completePendingRows())
          .catch(() => undefined),
      REPAIR_DELAY_MS,
    );
  }, [hasFirstRows]);
  const isEmptyJournal = knownTotal === 0 && !isSearching && !hasFilters(state.filters);
  const competencies = useLiveQuery(() => getDb().competencies.toArray(), []);
  const competencyNames = useMemo(
    () => new Map(competencies.status === 'ready' ? competencies.value.map((competency) => [competency.id, competency.name]) : []),
    [competencies],
  );
  const now = Date.now();
  // Rows an interrupted import left out of the search index (storage/search-pending.ts): while
  // they are indexed, a search may miss them, and the learner is told so and how many are left.
  const pending = useLiveQuery(() => (isSearching ? countPendingRows() : Promise.resolve(0)), [isSearching]);
  const pendingCount = pending.status === 'ready' ? pending.value : 0;

  // Back from the reader: return to the same place, and put focus on the entry just read.
  const restored = useRef({ scroll: false, focus: !focusEntryId });
  useEffect(() => {
    if (loaded.rows.length === 0) return;
    if (!restored.current.scroll && state.scrollY > 0) window.scrollTo({ top: state.scrollY });
    restored.current.scroll = true;
    if (restored.current.focus || !focusEntryId) return;
    const link = listRef.current?.querySelector<HTMLAnchorElement>(`li[data-id="${CSS.escape(focusEntryId)}"] a`);
    link?.focus();
    restored.current.focus = link !== undefined && link !== null;
  }, [loaded]);
  useEffect(() => {
    const remember = () => rememberScroll(window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);
  // j/k: once the requested row is rendered, the keyboard goes to its link. The ref, not the
  // render's index, says which row: a second key may come before this effect runs.
  useEffect(() => {
    // Only right after j/k: a live update must never pull focus out of the search field.
    const wanted = pendingIndex.current;
    if (wanted === undefined) return;
    const link = listRef.current?.querySelector<HTMLAnchorElement>(`li[data-index="${wanted}"] a`);
    if (!link) return;
    link.focus({ preventScroll: true });
    pendingIndex.current = undefined;
  }, [activeIndex, loaded]);

  useListKeys({
    focusSearch: () => {
      searchField.current?.focus();
      searchField.current?.select();
    },
    move: (delta) => {
      if (total === 0 || !listRef.current) return;
      const focused = (document.activeElement?.closest('li[data-index]') as HTMLElement | null)?.dataset.index;
      // A key pressed again before the focus moved still counts from the row it asked for.
      const current =
        focused !== undefined && pendingIndex.current === undefined ? Number(focused) : (pendingIndex.current ?? activeIndex ?? -1);
      const next = Math.min(total - 1, Math.max(0, current + delta));
      pendingIndex.current = next;
      scrollRowIntoView(listRef.current, next, ROW_HEIGHT);
      setActiveIndex(next);
    },
    escape: () => {
      if (typed === '') return false;
      setTyped('');
      update({ search: '', scrollY: 0 });
      return true;
    },
  });

  const changeFilters = (filters: typeof state.filters) => {
    update({ filters, scrollY: 0 });
    setActiveIndex(undefined);
  };

  return (
    <section class="entry-list-view" aria-labelledby="journal-heading">
      <h1 id="journal-heading" tabIndex={-1}>
        {t('journalHeading')}
      </h1>
      {!isEmptyJournal && (
        <div class="list-controls">
          <SearchBox value={typed} onInput={setTyped} inputRef={searchField} />
          <FilterBar filters={state.filters} onChange={changeFilters} isCounting={hasFirstRows} />
        </div>
      )}
      <div class="list-status">
        <p class="list-count" aria-live="polite" aria-atomic="true">
          {knownTotal !== undefined && !isEmptyJournal ? countText(knownTotal, isComplete, state.search) : ''}
        </p>
        {pendingCount > 0 && (
          <p class="indexing-notice" role="status">
            {pendingCount === 1 ? t('listIndexingOne') : t('listIndexing', pendingCount.toLocaleString())}
          </p>
        )}
        {!isEmptyJournal && (
          <p id="list-keyboard-hint" class="hint">
            {t('listKeyboardHint')}
          </p>
        )}
      </div>
      {listing.status === 'loading' && <p class="muted">{t('journalLoading')}</p>}
      {listing.status === 'error' && (
        <p class="error" role="alert">
          {t('journalLoadFailed', errorText(listing.error))}
        </p>
      )}
      {isEmptyJournal && <EmptyState />}
      {knownTotal === 0 && !isEmptyJournal && <p class="muted">{t('listNoMatches')}</p>}
      <ol
        class="entry-list"
        ref={listRef}
        aria-label={isSearching ? t('listLabelRanked') : t('listLabel')}
        style={{ height: `${total * ROW_HEIGHT}px` }}
        hidden={total === 0}
      >
        {loaded.rows.map((row, i) => {
          const index = loaded.offset + i;
          if (index < start || index >= end || index >= total) return null;
          return (
            <EntryRow
              key={row.doc}
              row={row}
              search={state.search}
              query={query}
              competencyNames={competencyNames}
              now={now}
              position={index + 1}
              setSize={isComplete ? (knownTotal ?? -1) : -1}
              top={index * ROW_HEIGHT}
              height={ROW_HEIGHT}
            />
          );
        })}
      </ol>
    </section>
  );
}

/** "12 results", or "200+ results" while older matches are left unread. */
function countText(total: number, isComplete: boolean, search: string): string {
  const query = search.trim();
  const count = isComplete ? total.toLocaleString() : `${total.toLocaleString()}+`;
  if (query) return total === 1 && isComplete ? t('listCountOneResult', query) : t('listCountResults', count, query);
  return total === 1 && isComplete ? t('listCountOneEntry') : t('listCountEntries', count);
}
