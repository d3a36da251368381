import { displayTitle } from '../../../components/entry-labels';
import { formatDate } from '../../../components/format';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { type FeedbackSubject, listFeedbackWithSubjects } from '../../../storage/feedback-subjects';
import { entryHash } from '../route';
import { formatDay } from '../share/share-format';
import { FeedbackComment } from './FeedbackComment';
import './feedback.css';
import { errorText } from '../../../components/error-text';

/** Every comment received, newest first, each saying what it is about (entries link to it). */
export function FeedbackList() {
  const result = useLiveQuery(() => listFeedbackWithSubjects(), []);
  if (result.status === 'loading') return null;
  if (result.status === 'error') {
    return (
      <p class="error" role="alert">
        {t('journalLoadFailed', errorText(result.error))}
      </p>
    );
  }
  if (result.value.length === 0) return <p class="muted">{t('feedbackEmpty')}</p>;
  return (
    <ul class="feedback-list">
      {result.value.map(({ feedback, subject }) => (
        <FeedbackComment key={feedback.id} feedback={feedback} subject={<Subject subject={subject} />} />
      ))}
    </ul>
  );
}

function Subject({ subject }: { subject: FeedbackSubject }) {
  switch (subject.type) {
    case 'period':
      return <>{t('feedbackOnPeriod')}</>;
    case 'entry':
      return (
        <>
          {t('feedbackOnEntry')} <a href={entryHash(subject.id)}>{displayTitle(subject.title)}</a>
        </>
      );
    case 'sprint':
      return <>{t('feedbackOnSprint', formatDate(subject.startedAt))}</>;
    case 'reflection':
      return <>{t('feedbackOnReflection', formatDay(subject.dayKey))}</>;
    default:
      return <>{t('feedbackOnMissing')}</>;
  }
}
