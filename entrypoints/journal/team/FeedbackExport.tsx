import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { buildFeedbackFile, feedbackFileName } from '../../../storage/feedback-file';

interface Props {
  learnerId: string;
  displayName: string;
  managerName: string;
}

/** "Export feedback": every comment on this person's share, as a file to send them. */
export function FeedbackExport({ learnerId, displayName, managerName }: Props) {
  const [message, setMessage] = useState({ text: '', isError: false });

  const download = async () => {
    try {
      const now = Date.now();
      const file = await buildFeedbackFile(learnerId, managerName, now);
      if (!file) return;
      const name = feedbackFileName(displayName, now);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ text: t('teamFeedbackExported', name, String(file.comments.length)), isError: false });
    } catch (error) {
      setMessage({ text: errorText(error), isError: true });
    }
  };

  return (
    <section class="feedback-export" aria-labelledby="team-feedback-heading">
      <h2 id="team-feedback-heading">{t('teamFeedbackHeading')}</h2>
      <p class="hint">{t('teamFeedbackHint', displayName)}</p>
      {!managerName.trim() && <p class="notice">{t('teamFeedbackNoName')}</p>}
      <button type="button" onClick={download}>
        {t('teamFeedbackExport')}
      </button>
      <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'error' : 'ok'}>
        {message.text}
      </p>
    </section>
  );
}
