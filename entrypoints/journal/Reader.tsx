import { useEffect, useRef, useState } from 'preact/hooks';
import { displayTitle } from '../../components/entry-labels';
import { errorText } from '../../components/error-text';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { t } from '../../components/i18n';
import { entryTitle } from '../../domain/entry-title';
import { getEntry } from '../../storage/entries';
import { AnnotationEditor, type UnsavedWords } from './AnnotationEditor';
import { EntryBody } from './EntryBody';
import { AppliedPanel } from './entry/AppliedPanel';
import { EntryCompetencies } from './entry/EntryCompetencies';
import { UnsavedRescue } from './entry/UnsavedRescue';
import { EntryFeedback } from './feedback/EntryFeedback';
import { ReaderHeader } from './ReaderHeader';
import { LIST_HASH } from './route';

export interface ReaderProps {
  id: string;
  /** Opened from "add a note" after a capture: focus the note editor. */
  isEditing: boolean;
  onClose: (id: string) => void;
  onDelete: (id: string) => void;
}

/** One entry, read in full, with the learner's note and tags. Live: a re-clip updates it. */
export function Reader({ id, isEditing, onClose, onDelete }: ReaderProps) {
  const result = useLiveQuery(() => getEntry(id), [id]);
  const entry = result.status === 'ready' ? result.value : undefined;
  const unsaved = useRef<UnsavedWords | undefined>(undefined);
  const lastUrl = useRef('');
  if (entry) lastUrl.current = entry.url;
  // Taken once, when the entry disappears with words not saved yet.
  const [rescue, setRescue] = useState<UnsavedWords>();
  useEffect(() => {
    if (result.status === 'ready' && !entry && unsaved.current) {
      setRescue(unsaved.current);
      unsaved.current = undefined;
    }
  }, [result.status, entry]);

  useEffect(() => {
    document.title = entry ? t('journalReaderPageTitle', displayTitle(entryTitle(entry))) : t('journalPageTitle');
  }, [entry?.title]);

  const back = (
    <nav class="reader-nav" aria-label={t('journalReaderNavLabel')}>
      <a
        href={LIST_HASH}
        onClick={(event) => {
          event.preventDefault();
          onClose(id);
        }}
      >
        {t('journalBackToList')}
      </a>
      <span class="muted hint">{t('journalEscHint')}</span>
    </nav>
  );

  if (result.status === 'loading') return <p class="muted">{t('journalLoading')}</p>;
  if (result.status === 'error') {
    return (
      <p class="error" role="alert">
        {t('journalLoadFailed', errorText(result.error))}
      </p>
    );
  }
  if (!entry && rescue) {
    return (
      <div class="reader">
        {back}
        <UnsavedRescue words={rescue} url={lastUrl.current} onDone={() => onClose(id)} />
      </div>
    );
  }
  if (!entry) {
    return (
      <div class="reader">
        {back}
        <h1>{t('journalNotFound')}</h1>
      </div>
    );
  }
  return (
    <article class="reader" aria-labelledby="reader-title">
      {back}
      {/* The learner's own layer comes right after the header: above the article on narrow
          screens, beside it on wide ones, so a long article never hides the note. */}
      <div class="reader-layout">
        <ReaderHeader entry={entry} />
        <aside class="learner-layer" aria-label={t('entryLearnerLayer')}>
          <EntryFeedback entryId={entry.id} />
          <AnnotationEditor key={entry.id} entry={entry} hasFocus={isEditing} unsavedRef={unsaved} />
          <EntryCompetencies entry={entry} />
          <AppliedPanel key={entry.id} entry={entry} />
          <div class="reader-actions">
            <button type="button" class="danger" onClick={() => onDelete(entry.id)}>
              {t('journalDelete')}
            </button>
          </div>
        </aside>
        <div class="reader-content">
          <EntryBody entry={entry} />
        </div>
      </div>
    </article>
  );
}
