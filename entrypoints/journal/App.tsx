import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DiskSpaceNotice } from '../../components/DiskSpaceNotice';
import { useToast } from '../../components/hooks/use-toast';
import { t } from '../../components/i18n';
import { Toast } from '../../components/Toast';
import { deleteEntry, restoreEntry } from '../../storage/entries';
import { deleteWithUndo } from './delete-with-undo';
import { EntryList } from './EntryList';
import { JournalNav } from './JournalNav';
import { LossNotice } from './LossNotice';
import { lazyView } from './lazy-view';
import type { ReaderProps } from './Reader';
import { LIST_HASH } from './route';
import { SectionView } from './SectionView';
import { useRoute } from './use-route';

// The reader brings the sanitizer and Markdown: loaded when an entry is first opened.
const Reader = lazyView<ReaderProps>(() => import('./Reader').then((module) => module.Reader));

/** How long "Deleted … Undo" stays up (it waits while the pointer or focus is on it). */
export const UNDO_TIMEOUT_MS = 8_000;

export function App() {
  const route = useRoute();
  const toast = useToast(UNDO_TIMEOUT_MS);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The list row to focus when the list shows again, so keyboard users return where they were.
  const [focusEntryId, setFocusEntryId] = useState<string>();

  const closeReader = useCallback((id: string) => {
    setFocusEntryId(id);
    location.hash = LIST_HASH;
  }, []);

  const remove = async (id: string) => {
    const deleted = await deleteWithUndo(id, {
      remove: (entryId) => deleteEntry(entryId),
      restore: (entry) => restoreEntry(entry),
      show: toast.show,
      onRestored: (entry) => setFocusEntryId(entry.id),
    });
    if (!deleted) return;
    setFocusEntryId(undefined);
    location.hash = LIST_HASH;
    // Put the keyboard on Undo: it is the one thing a user may want right after deleting.
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const entryId = route.view === 'entry' ? route.id : undefined;
  useEffect(() => {
    if (!entryId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isFormField(event.target)) return;
      closeReader(entryId);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [entryId, closeReader]);

  return (
    <>
      <header class="journal-header">
        <a class="brand" href={LIST_HASH} onClick={() => entryId && setFocusEntryId(entryId)}>
          {t('extName')}
        </a>
        <JournalNav route={route} />
        <a class="journal-report-link" href={browser.runtime.getURL('/report.html')}>
          {t('summaryOpenReport')}
        </a>
      </header>
      <DiskSpaceNotice />
      <LossNotice />
      <main id="main" class="journal-main">
        {route.view === 'entry' && <Reader key={route.id} id={route.id} isEditing={route.edit} onClose={closeReader} onDelete={remove} />}
        {route.view === 'list' && <EntryList focusEntryId={focusEntryId} />}
        {route.view !== 'entry' && route.view !== 'list' && <SectionView section={route.view} params={route.params} />}
      </main>
      <Toast controls={toast} actionRef={undoButton} />
    </>
  );
}

/** Escape in a text field belongs to the field (e.g. an IME), not to "close the reader". */
function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);
}
