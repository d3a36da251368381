import { useState } from 'preact/hooks';
import { replyErrorText } from '../../components/error-text';
import { t } from '../../components/i18n';
import { parseTags } from '../../components/tags';
import { sendRequest } from '../../messaging/client';

/** Right after a save: add a note and tags without leaving the page. */
export function AnnotateForm({ entryId }: { entryId: string }) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [message, setMessage] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const reply = await sendRequest({ type: 'entry/annotate', id: entryId, note, tags: parseTags(tags) });
    setMessage(reply.ok ? t('popupAnnotationSaved') : replyErrorText(reply.error));
  };

  return (
    <form class="annotate" onSubmit={submit} aria-label={t('popupAnnotateLabel')}>
      <label for="annotate-note">{t('popupAnnotateNote')}</label>
      <textarea id="annotate-note" rows={3} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      <label for="annotate-tags">{t('popupAnnotateTags')}</label>
      <input
        id="annotate-tags"
        value={tags}
        placeholder={t('popupTagsPlaceholder')}
        onInput={(event) => setTags(event.currentTarget.value)}
      />
      <button type="submit">{t('popupAnnotateSave')}</button>
      <p role="status" class="ok">
        {message}
      </p>
    </form>
  );
}
