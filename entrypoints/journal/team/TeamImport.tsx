import { useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { ImportFileError } from '../../../domain/untrusted-json';
import { importShareBundle, SHARE_FILE_LIMITS } from '../../../storage/team';
import { errorResult, type ImportResult, summaryResult } from './import-messages';

/** Import one or more share files; each gets its own line saying what happened to it. */
export function TeamImport() {
  const [results, setResults] = useState<ImportResult[]>([]);
  const [isBusy, setBusy] = useState(false);

  const upload = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    const next: ImportResult[] = [];
    // One at a time: two files from the same person must compare against each other's result.
    for (const file of files) {
      // A file name is the sender's choice too: shown as text, capped.
      const fileName = file.name.slice(0, 120);
      try {
        if (file.size > SHARE_FILE_LIMITS.maxChars * 2) throw new ImportFileError('too-big');
        next.push(summaryResult(fileName, await importShareBundle(await file.text(), Date.now())));
      } catch (error) {
        next.push(errorResult(fileName, error));
      }
    }
    setResults(next);
    setBusy(false);
  };

  const errors = results.filter((result) => result.isError);
  const successes = results.filter((result) => !result.isError);
  return (
    <section class="team-import" aria-labelledby="team-import-heading">
      <h2 id="team-import-heading">{t('teamImportHeading')}</h2>
      <p class="hint">{t('teamImportHint')}</p>
      <label class="file-button">
        {t('teamImportLabel')}
        <input type="file" multiple accept="application/json,.json" disabled={isBusy} onChange={(event) => upload(event.currentTarget)} />
      </label>
      <div role="status" class="team-import-results">
        {successes.length > 0 && (
          <ul>
            {successes.map((result, index) => (
              <li key={`${index}-${result.fileName}`} class="ok">
                {result.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div role="alert" class="team-import-results">
        {errors.length > 0 && (
          <ul>
            {errors.map((result, index) => (
              <li key={`${index}-${result.fileName}`} class="error">
                {result.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
