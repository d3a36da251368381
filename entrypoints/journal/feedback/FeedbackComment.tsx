import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { ReceivedFeedback } from '../../../storage/exchange-schemas';

/**
 * One comment from the manager. Its text came from a file someone else wrote: it is rendered as
 * text only (line breaks kept), never as HTML or Markdown.
 */
export function FeedbackComment({ feedback, subject }: { feedback: ReceivedFeedback; subject?: ComponentChildren }) {
  return (
    <li class="feedback-comment" data-feedback-id={feedback.id}>
      {subject && <p class="feedback-subject">{subject}</p>}
      <p class="feedback-text">{feedback.text}</p>
      <p class="feedback-by muted">{t('feedbackFrom', feedback.managerName || '—', formatDate(feedback.updatedAt))}</p>
    </li>
  );
}
