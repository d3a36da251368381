import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { noteTitle } from '../../../domain/entry-title';
import { saveCapture } from '../../../storage/entries';
import type { UnsavedWords } from '../AnnotationEditor';
import { entryHash } from '../route';

/** The unsaved words as one note, each field under its own label. */
export function rescuedText(words: UnsavedWords): string {
  return [
    words.note.trim(),
    words.takeaway.trim() && `${t('entryTakeawayLabel')}: ${words.takeaway.trim()}`,
    words.applyPlan.trim() && `${t('entryApplyPlanLabel')}: ${words.applyPlan.trim()}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The entry was deleted (in another tab, or by an import) while the learner was typing into it:
 * their words are not thrown away. They can keep them as a new quick note about the same page.
 */
export function UnsavedRescue({ words, url, onDone }: { words: UnsavedWords; url: string; onDone: () => void }) {
  const [text, setText] = useState(() => rescuedText(words));
  const [error, setError] = useState('');
  const keep = async () => {
    try {
      const { entry } = await saveCapture({ kind: 'note', url, title: noteTitle(text), note: text }, Date.now());
      location.hash = entryHash(entry.id);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <section class="unsaved-rescue" role="alert" aria-labelledby="unsaved-rescue-heading">
      <h1 id="unsaved-rescue-heading">{t('rescueHeading')}</h1>
      <p>{t('rescueExplain')}</p>
      <label for="rescue-text">{t('rescueTextLabel')}</label>
      <textarea id="rescue-text" rows={8} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      {error && <p class="error">{error}</p>}
      <div class="form-actions">
        <button type="button" class="primary" disabled={!text.trim()} onClick={keep}>
          {t('rescueKeep')}
        </button>
        <button type="button" onClick={onDone}>
          {t('rescueDiscard')}
        </button>
      </div>
    </section>
  );
}
