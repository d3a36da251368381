import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/i18n';

/** A quick thought, optionally about the page that is open; its first line is its title. */
export function QuickNote({
  disabled,
  onSave,
  onCancel,
}: {
  disabled: boolean;
  onSave: (text: string, aboutPage: boolean) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [aboutPage, setAboutPage] = useState(true);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened by the Note button: typing starts at once (`autofocus` works only on page load).
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await onSave(text, aboutPage)) setText('');
  };

  return (
    <form id="quick-note" class="quick-note panel" onSubmit={submit}>
      <label for="quick-note-text">{t('popupQuickNote')}</label>
      <textarea
        id="quick-note-text"
        rows={5}
        ref={field}
        value={text}
        placeholder={t('popupQuickNotePlaceholder')}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      />
      <label class="checkbox">
        <input type="checkbox" checked={aboutPage} onChange={(event) => setAboutPage(event.currentTarget.checked)} />
        {t('popupAboutPage')}
      </label>
      <div class="row row-end">
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
        <button type="submit" class="primary" disabled={disabled || !text.trim()}>
          {t('popupSaveNote')}
        </button>
      </div>
    </form>
  );
}
