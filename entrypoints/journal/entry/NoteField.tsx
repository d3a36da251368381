import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { renderMarkdown } from './markdown';

export interface NoteFieldProps {
  value: string;
  onInput: (value: string) => void;
  fieldRef: Ref<HTMLTextAreaElement>;
}

/** The note in Markdown, with a Write / Preview switch (the preview is sanitized HTML). */
export function NoteField({ value, onInput, fieldRef }: NoteFieldProps) {
  const [isPreview, setPreview] = useState(false);
  const html = isPreview ? renderMarkdown(value) : undefined;
  return (
    <div class="note-field">
      <div class="note-field-head">
        <label for="entry-note">{t('journalNoteLabel')}</label>
        <button type="button" class="link-button" aria-pressed={isPreview} onClick={() => setPreview(!isPreview)}>
          {t('entryNotePreview')}
        </button>
      </div>
      <textarea
        id="entry-note"
        ref={fieldRef}
        rows={6}
        value={value}
        hidden={isPreview}
        aria-describedby="entry-note-hint"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id="entry-note-hint" class="hint" hidden={isPreview}>
        {t('entryNoteMarkdownHint')}
      </p>
      {isPreview && (
        <section class="note-preview reading" aria-label={t('entryNotePreviewLabel')}>
          {!value.trim() && <p class="muted">{t('entryNotePreviewEmpty')}</p>}
          {value.trim() && html !== undefined && <div dangerouslySetInnerHTML={{ __html: html }} />}
          {value.trim() && html === undefined && <div class="plain-text">{value}</div>}
        </section>
      )}
    </div>
  );
}
