import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { listEntryFeedback } from '../../../storage/feedback-received';
import { FeedbackComment } from './FeedbackComment';
import './feedback.css';

/** The manager's comments beside one entry; nothing when there are none. Live after an import. */
export function EntryFeedback({ entryId }: { entryId: string }) {
  const result = useLiveQuery(() => listEntryFeedback(entryId), [entryId]);
  if (result.status !== 'ready' || result.value.length === 0) return null;
  return (
    <section class="entry-feedback" aria-labelledby="entry-feedback-heading">
      <h2 id="entry-feedback-heading">{t('feedbackHeading')}</h2>
      <ul class="feedback-list">
        {result.value.map((feedback) => (
          <FeedbackComment key={feedback.id} feedback={feedback} />
        ))}
      </ul>
    </section>
  );
}
