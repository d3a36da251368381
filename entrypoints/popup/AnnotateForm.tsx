import { useEffect, useRef, useState } from 'preact/hooks';
import { replyErrorText } from '../../components/error-text';
import { t } from '../../components/i18n';
import { formatTags, parseTags } from '../../components/tags';
import { sendRequest } from '../../messaging/client';
import { getDb } from '../../storage/db';

interface Base {
  note: string;
  tags: string[];
}

/**
 * Right after a save: the entry's note and tags, to add to without leaving the page. A page
 * clipped again already has them; the form starts from what is stored and saves only what the
 * learner changed, so nothing written elsewhere is overwritten.
 */
export function AnnotateForm({ entryId }: { entryId: string }) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [message, setMessage] = useState('');
  const [isLoaded, setLoaded] = useState(false);
  const base = useRef<Base>({ note: '', tags: [] });
  // What the learner typed before the stored values arrived is theirs: never replaced by them.
  const typed = useRef({ note: false, tags: false });

  useEffect(() => {
    getDb()
      .entries.get(entryId)
      .then((entry) => {
        base.current = { note: entry?.note ?? '', tags: entry?.tags ?? [] };
        if (!typed.current.note) setNote(base.current.note);
        if (!typed.current.tags) setTags(formatTags(base.current.tags));
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [entryId]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const saved = { note, tags: parseTags(tags) };
    const reply = await sendRequest({ type: 'entry/annotate', id: entryId, ...saved, base: base.current });
    if (reply.ok) base.current = saved;
    setMessage(reply.ok ? t('popupAnnotationSaved') : replyErrorText(reply.error));
  };

  return (
    <form class="annotate" onSubmit={submit} aria-label={t('popupAnnotateLabel')}>
      <label for="annotate-note">{t('popupAnnotateNote')}</label>
      <textarea
        id="annotate-note"
        rows={2}
        value={note}
        onInput={(event) => {
          typed.current.note = true;
          setNote(event.currentTarget.value);
        }}
      />
      <label for="annotate-tags">{t('popupAnnotateTags')}</label>
      <div class="annotate-tags">
        <input
          id="annotate-tags"
          value={tags}
          placeholder={t('popupTagsPlaceholder')}
          onInput={(event) => {
            typed.current.tags = true;
            setTags(event.currentTarget.value);
          }}
        />
        <button type="submit" disabled={!isLoaded} aria-label={t('popupAnnotateSave')}>
          {t('popupAnnotateSaveShort')}
        </button>
      </div>
      <p role="status" class="ok">
        {message}
      </p>
    </form>
  );
}
