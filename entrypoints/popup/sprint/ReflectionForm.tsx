import { useState } from 'preact/hooks';
import { replyErrorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { sendRequest } from '../../../messaging/client';

/** The one-minute reflection after a sprint (popup and reflect page): learned / try next. */
export function ReflectionForm({ sprintId, onDone }: { sprintId: string; onDone: (saved: boolean) => void }) {
  const [learned, setLearned] = useState('');
  const [tryNext, setTryNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const isEmpty = !learned.trim() && !tryNext.trim();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (isEmpty) return;
    setBusy(true);
    const reply = await sendRequest({ type: 'reflection/save', sprintId, learned, tryNext });
    setBusy(false);
    if (reply.ok) onDone(true);
    else setError(replyErrorText(reply.error));
  };

  return (
    <form class="reflection-form" onSubmit={submit} aria-labelledby="reflection-heading">
      <h3 id="reflection-heading">{t('sprintReflectPrompt')}</h3>
      <label for="reflection-learned">{t('sprintLearnedLabel')}</label>
      <textarea id="reflection-learned" rows={2} value={learned} onInput={(event) => setLearned(event.currentTarget.value)} />
      <label for="reflection-next">{t('sprintTryNextLabel')}</label>
      <textarea id="reflection-next" rows={2} value={tryNext} onInput={(event) => setTryNext(event.currentTarget.value)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" disabled={busy} onClick={() => onDone(false)}>
          {t('sprintSkip')}
        </button>
        <button type="submit" class="primary" disabled={busy || isEmpty}>
          {t('sprintSaveReflection')}
        </button>
      </div>
    </form>
  );
}
