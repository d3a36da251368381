import { useRef, useState } from 'preact/hooks';
import { replyErrorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { sendRequest } from '../../../messaging/client';

const CONFIRM_WORD = 'DELETE';

/** Deletes the whole journal and the settings once the user types DELETE. */
export function DeleteEverything({ onDeleted }: { onDeleted: () => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const open = () => {
    setIsOpen(true);
    setStatus(undefined);
    requestAnimationFrame(() => input.current?.focus());
  };
  const close = () => {
    setIsOpen(false);
    setTyped('');
    requestAnimationFrame(() => opener.current?.focus());
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (typed !== CONFIRM_WORD) return;
    setBusy(true);
    // The background deletes, so a running sprint's alarm and badge go with the journal.
    const reply = await sendRequest({ type: 'journal/delete-everything' });
    setBusy(false);
    if (!reply.ok) {
      setStatus({ kind: 'error', text: t('settingsDeleteFailed', replyErrorText(reply.error)) });
      return;
    }
    setStatus({ kind: 'ok', text: t('settingsDeleteDone') });
    onDeleted();
    close();
  };

  return (
    <div class="danger-zone">
      <h3>{t('settingsDeleteHeading')}</h3>
      <p>{t('settingsDeleteExplain')}</p>
      {isOpen ? (
        <form onSubmit={submit} aria-label={t('settingsDeleteHeading')}>
          <label for="delete-confirm">{t('settingsDeleteTypeLabel', CONFIRM_WORD)}</label>
          <input
            id="delete-confirm"
            ref={input}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Escape' && close()}
          />
          <div class="form-actions">
            <button type="submit" class="danger" disabled={busy || typed !== CONFIRM_WORD}>
              {t('settingsDeleteConfirm')}
            </button>
            <button type="button" onClick={close} disabled={busy}>
              {t('settingsDeleteCancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="danger" ref={opener} onClick={open}>
          {t('settingsDeleteOpen')}
        </button>
      )}
      <p role={status?.kind === 'error' ? 'alert' : 'status'} class={status?.kind === 'error' ? 'error' : 'ok'}>
        {status?.text}
      </p>
    </div>
  );
}
