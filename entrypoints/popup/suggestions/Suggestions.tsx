import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { sendRequest } from '../../../messaging/client';
import type { SuggestionView } from '../../../messaging/protocol';
import './suggestions.css';
import { replyErrorText } from '../../../components/error-text';

type Load = { kind: 'loading' } | { kind: 'ready'; suggestions: SuggestionView[] } | { kind: 'failed' };

/**
 * Right after a save: the competencies the background suggests for the new entry, each
 * accepted with one click. Nothing shows when there is nothing to suggest.
 */
export function Suggestions({ entryId }: { entryId: string }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [accepted, setAccepted] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let isCurrent = true;
    sendRequest({ type: 'entry/suggestions', id: entryId }).then((reply) => {
      if (isCurrent) setLoad(reply.ok ? { kind: 'ready', suggestions: reply.value.suggestions } : { kind: 'failed' });
    });
    return () => {
      isCurrent = false;
    };
  }, [entryId]);

  const accept = async (suggestion: SuggestionView) => {
    const reply = await sendRequest({ type: 'entry/add-competencies', id: entryId, competencyIds: [suggestion.competencyId] });
    if (!reply.ok) return setMessage(replyErrorText(reply.error));
    setAccepted((ids) => [...ids, suggestion.competencyId]);
    setMessage(t('suggestAccepted', suggestion.name));
  };

  if (load.kind !== 'ready' || load.suggestions.length === 0) return null;
  return (
    <section class="suggestions" aria-labelledby="popup-suggestions-heading">
      <h2 id="popup-suggestions-heading">{t('suggestHeading')}</h2>
      <ul class="suggestion-list">
        {load.suggestions.map((suggestion) => {
          const isAccepted = accepted.includes(suggestion.competencyId);
          return (
            <li key={suggestion.competencyId}>
              <button type="button" class="suggestion small" disabled={isAccepted} onClick={() => accept(suggestion)}>
                {isAccepted ? t('suggestAcceptedBadge', suggestion.name) : t('suggestAccept', suggestion.name)}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status" class="ok">
        {message}
      </p>
    </section>
  );
}
