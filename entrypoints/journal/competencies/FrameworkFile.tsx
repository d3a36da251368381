import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { exportFramework, importFramework } from '../../../storage/framework-file';

const PROBLEM_KEYS = {
  'too-big': 'competencyImportTooBig',
  'not-json': 'competencyImportNotJson',
  'forbidden-key': 'competencyImportForbiddenKey',
  'too-deep': 'competencyImportTooDeep',
  'too-many': 'competencyImportTooMany',
  invalid: 'competencyImportInvalid',
  'newer-version': 'competencyImportNewer',
  'wrong-kind': 'competencyImportNotFramework',
} as const satisfies Record<FileProblem, string>;

/** Above this a file is refused before it is read into memory (the parser checks again). */
const MAX_FILE_BYTES = 2_000_000;

/** Import and export of the framework (with site rules) as a JSON file. */
export function FrameworkFile() {
  const [message, setMessage] = useState({ text: '', isError: false });

  const download = async () => {
    const file = await exportFramework(Date.now());
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `commonplace-competencies-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ text: t('competencyExported', String(file.competencies.length)), isError: false });
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES) throw new ImportFileError('too-big');
      const summary = await importFramework(await file.text(), Date.now());
      setMessage({
        text: t('competencyImported', String(summary.added), String(summary.updated), String(summary.siteRules)),
        isError: false,
      });
    } catch (error) {
      const text =
        error instanceof ImportFileError
          ? t(PROBLEM_KEYS[error.problem], error.message.replace(/^[a-z-]+:?\s*/, ''))
          : t('competencyImportFailed', errorText(error));
      setMessage({ text, isError: true });
    }
  };

  return (
    <section class="framework-file" aria-labelledby="framework-file-heading">
      <h2 id="framework-file-heading">{t('competencyFileHeading')}</h2>
      <div class="form-actions">
        <button type="button" onClick={download}>
          {t('competencyExport')}
        </button>
        <label class="file-button">
          {t('competencyImportLabel')}
          <input type="file" accept="application/json,.json" onChange={(event) => upload(event.currentTarget)} />
        </label>
      </div>
      <p class="hint">{t('competencyImportHint')}</p>
      <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'error framework-message' : 'ok framework-message'}>
        {message.text}
      </p>
    </section>
  );
}
