import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { formatTags, parseTags } from '../../components/tags';
import { annotateEntry } from '../../storage/entries';
import type { Entry } from '../../storage/schemas';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * The learner's note and tags. The form starts from the stored values and is not reset by live
 * updates, so a re-clip in the background never wipes what is being typed.
 */
export function AnnotationEditor({ entry, hasFocus }: { entry: Entry; hasFocus: boolean }) {
  const [note, setNote] = useState(entry.note);
  const [tags, setTags] = useState(formatTags(entry.tags));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!hasFocus) return;
    noteField.current?.focus();
    noteField.current?.scrollIntoView({ block: 'center' });
  }, [hasFocus]);

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      const updated = await annotateEntry(entry.id, { note, tags: parseTags(tags) }, Date.now());
      setTags(formatTags(updated.tags));
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="annotation" aria-labelledby="annotation-heading">
      <h2 id="annotation-heading">{t('journalAnnotationHeading')}</h2>
      <form onSubmit={save}>
        <label for="entry-note">{t('journalNoteLabel')}</label>
        <textarea
          id="entry-note"
          ref={noteField}
          rows={6}
          value={note}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            setState({ kind: 'idle' });
          }}
        />
        <label for="entry-tags">{t('journalTagsLabel')}</label>
        <input
          id="entry-tags"
          value={tags}
          aria-describedby="entry-tags-hint"
          onInput={(event) => {
            setTags(event.currentTarget.value);
            setState({ kind: 'idle' });
          }}
        />
        <p id="entry-tags-hint" class="hint">
          {t('journalTagsHint')}
        </p>
        <div class="form-actions">
          <button type="submit" class="primary" disabled={state.kind === 'saving'}>
            {t('journalSaveAnnotation')}
          </button>
          <span role="status" class={state.kind === 'failed' ? 'error' : 'ok'}>
            {state.kind === 'saved' && t('journalAnnotationSaved')}
            {state.kind === 'failed' && t('journalAnnotationFailed', state.message)}
          </span>
        </div>
      </form>
    </section>
  );
}
