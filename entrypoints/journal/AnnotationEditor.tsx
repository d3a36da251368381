import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { t } from '../../components/i18n';
import { formatTags, parseTags } from '../../components/tags';
import { getDb } from '../../storage/db';
import { saveAnnotation } from '../../storage/entries';
import type { Entry } from '../../storage/schemas';
import { NoteField } from './entry/NoteField';
import { TagCompletions } from './entry/TagCompletions';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** The learner's words not saved yet, field by field (empty when a field is as stored). */
export interface UnsavedWords {
  note: string;
  takeaway: string;
  applyPlan: string;
}

/**
 * The learner's note (Markdown), key takeaway, "how I will apply this" and tags. The form
 * starts from the stored values and is not reset by live updates, so a re-clip in the
 * background never wipes what is being typed.
 */
export function AnnotationEditor({
  entry,
  hasFocus,
  unsavedRef,
}: {
  entry: Entry;
  hasFocus: boolean;
  /** Kept up to date with what is typed and not saved, so the entry's page can rescue it. */
  unsavedRef?: Ref<UnsavedWords | undefined>;
}) {
  const [note, setNote] = useState(entry.note);
  const [takeaway, setTakeaway] = useState(entry.takeaway);
  const [applyPlan, setApplyPlan] = useState(entry.applyPlan);
  const [tags, setTags] = useState(formatTags(entry.tags));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // What the form started from: a save writes only what changed since, and refuses to overwrite
  // a field another tab or the popup changed meanwhile.
  const base = useRef({ note: entry.note, takeaway: entry.takeaway, applyPlan: entry.applyPlan, tags: entry.tags });
  const noteField = useRef<HTMLTextAreaElement>(null);
  if (unsavedRef && typeof unsavedRef === 'object') {
    const changed = (value: string, stored: string) => (value !== stored ? value : '');
    const words = {
      note: changed(note, base.current.note),
      takeaway: changed(takeaway, base.current.takeaway),
      applyPlan: changed(applyPlan, base.current.applyPlan),
    };
    unsavedRef.current = words.note.trim() || words.takeaway.trim() || words.applyPlan.trim() ? words : undefined;
  }
  const knownTags = useLiveQuery(() => getDb().entries.orderBy('tags').uniqueKeys() as Promise<string[]>, []);

  useEffect(() => {
    if (!hasFocus) return;
    noteField.current?.focus();
    noteField.current?.scrollIntoView({ block: 'center' });
  }, [hasFocus]);

  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setState({ kind: 'idle' });
    };

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      // One transaction for the whole form, and only the fields changed here (domain/field-edits.ts).
      const edited = { note, takeaway, applyPlan, tags: parseTags(tags) };
      const updated = await saveAnnotation(entry.id, edited, base.current, Date.now());
      base.current = { note: updated.note, takeaway: updated.takeaway, applyPlan: updated.applyPlan, tags: updated.tags };
      // The form shows what is stored now, including fields another tab saved meanwhile.
      setNote(updated.note);
      setTakeaway(updated.takeaway);
      setApplyPlan(updated.applyPlan);
      setTags(formatTags(updated.tags));
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  };

  return (
    <section class="annotation" aria-labelledby="annotation-heading">
      <h2 id="annotation-heading">{t('journalAnnotationHeading')}</h2>
      <form onSubmit={save}>
        <NoteField value={note} onInput={edited(setNote)} fieldRef={noteField} />
        <label for="entry-takeaway">{t('entryTakeawayLabel')}</label>
        <textarea id="entry-takeaway" rows={2} value={takeaway} onInput={(event) => edited(setTakeaway)(event.currentTarget.value)} />
        <label for="entry-apply-plan">{t('entryApplyPlanLabel')}</label>
        <textarea id="entry-apply-plan" rows={3} value={applyPlan} onInput={(event) => edited(setApplyPlan)(event.currentTarget.value)} />
        <label for="entry-tags">{t('journalTagsLabel')}</label>
        <input
          id="entry-tags"
          value={tags}
          aria-describedby="entry-tags-hint"
          onInput={(event) => edited(setTags)(event.currentTarget.value)}
        />
        <p id="entry-tags-hint" class="hint">
          {t('journalTagsHint')}
        </p>
        <TagCompletions input={tags} known={knownTags.status === 'ready' ? knownTags.value : []} onAccept={edited(setTags)} />
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
