import { useRef, useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { deleteEverything } from '../../../storage/wipe';

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
    try {
      await deleteEverything();
      setStatus({ kind: 'ok', text: t('settingsDeleteDone') });
      onDeleted();
      close();
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsDeleteFailed', errorText(error)) });
    } finally {
      setBusy(false);
    }
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
