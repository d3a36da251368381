import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { hasEntryFeedback } from '../../../storage/feedback-received';
import './feedback.css';

/**
 * A small "Feedback" mark on a list row whose entry has comments from the manager. One indexed
 * count per visible row (the list is virtualized, so only a screenful ask).
 */
export function FeedbackMarker({ entryId }: { entryId: string }) {
  const result = useLiveQuery(() => hasEntryFeedback(entryId), [entryId]);
  if (result.status !== 'ready' || !result.value) return null;
  return (
    <span class="feedback-mark" title={t('feedbackMarkerLabel')}>
      {t('feedbackMarker')}
      <span class="visually-hidden">: {t('feedbackMarkerLabel')}</span>
    </span>
  );
}
