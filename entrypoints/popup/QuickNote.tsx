import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';

/** A quick thought, optionally about the page that is open. */
export function QuickNote({ disabled, onSave }: { disabled: boolean; onSave: (text: string, aboutPage: boolean) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const [aboutPage, setAboutPage] = useState(true);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await onSave(text, aboutPage)) setText('');
  };

  return (
    <form class="quick-note" onSubmit={submit}>
      <label for="quick-note-text">{t('popupQuickNote')}</label>
      <textarea id="quick-note-text" rows={3} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <div class="row">
        <label class="checkbox">
          <input type="checkbox" checked={aboutPage} onChange={(event) => setAboutPage(event.currentTarget.checked)} />
          {t('popupAboutPage')}
        </label>
        <button type="submit" disabled={disabled || !text.trim()}>
          {t('popupSaveNote')}
        </button>
      </div>
    </form>
  );
}
