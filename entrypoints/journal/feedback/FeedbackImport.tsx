import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { FeedbackRecipientError, importFeedbackFile } from '../../../storage/feedback-received';

const PROBLEM_KEYS = {
  'too-big': 'feedbackImportTooBig',
  'not-json': 'feedbackImportNotJson',
  'forbidden-key': 'feedbackImportForbiddenKey',
  'too-deep': 'feedbackImportTooDeep',
  'too-many': 'feedbackImportTooMany',
  invalid: 'feedbackImportInvalid',
  'newer-version': 'feedbackImportNewer',
  'wrong-kind': 'feedbackImportNotFeedback',
} as const satisfies Record<FileProblem, string>;

/** Above this a file is refused before it is read into memory (the parser checks again). */
const MAX_FILE_BYTES = 20_000_000;

function refusal(error: unknown): string {
  if (error instanceof FeedbackRecipientError) return t('feedbackImportOtherLearner');
  if (error instanceof ImportFileError) return t(PROBLEM_KEYS[error.problem], error.message.replace(/^[a-z-]+:?\s*/, ''));
  return t('feedbackImportFailed', errorText(error));
}

/** The file picker for the manager's feedback file; a refused file changes nothing. */
export function FeedbackImport() {
  const [message, setMessage] = useState({ text: '', isError: false });

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES) throw new ImportFileError('too-big');
      const summary = await importFeedbackFile(await file.text(), Date.now());
      setMessage({ text: t('feedbackImported', summary.managerName, String(summary.added), String(summary.updated)), isError: false });
    } catch (error) {
      setMessage({ text: refusal(error), isError: true });
    }
  };

  return (
    <div class="feedback-import">
      <label class="file-button">
        {t('feedbackImportLabel')}
        <input
          type="file"
          accept=".json,application/json"
          aria-describedby="feedback-import-hint"
          onChange={(event) => upload(event.currentTarget)}
        />
      </label>
      <p id="feedback-import-hint" class="hint">
        {t('feedbackImportHint')}
      </p>
      <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'error feedback-message' : 'ok feedback-message'}>
        {message.text}
      </p>
    </div>
  );
}
