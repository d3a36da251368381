import { useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import type { ExportFile } from '../../../storage/exports';
import { updateSettings } from '../../../storage/settings';
import { markdownExportLabels, xapiExportLabels } from './export-labels';
import { saveDownload } from './save-download';
import { useSettings } from './use-settings';

type Status = { kind: 'ok' | 'error' | 'busy'; text: string };
type Label = 'exportMarkdown' | 'exportEntriesCsv' | 'exportSprintsCsv' | 'exportXapi';
type Done = 'exportMarkdownDone' | 'exportEntriesDone' | 'exportSprintsDone' | 'exportXapiDone';

// The exporters (and their zip, YAML and UUID libraries) load on the first click, not with the journal.
const exporters = () => import('../../../storage/exports');

/** Export to other tools: Markdown zip, entries and sprints CSV, xAPI statements. */
export function ExportFormats() {
  const settings = useSettings();
  const [status, setStatus] = useState<Status>();
  const [isHomePageValid, setHomePageValid] = useState(true);

  const isBusy = status?.kind === 'busy';
  const run = async (done: Done, make: (module: Awaited<ReturnType<typeof exporters>>) => Promise<ExportFile>) => {
    if (isBusy) return;
    setStatus({ kind: 'busy', text: t('exportWorking') });
    try {
      const file = await make(await exporters());
      saveDownload(file);
      setStatus({ kind: 'ok', text: t(done, String(file.count), file.name) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('exportFailed', errorText(error)) });
    }
  };

  const saveHomePage = (value: string) => {
    const trimmed = value.trim();
    const isValid = /^(https?:\/\/[^\s]+)?$/.test(trimmed) && trimmed.length <= 500;
    setHomePageValid(isValid);
    if (isValid) void updateSettings({ organisationHomePage: trimmed }).catch(() => setHomePageValid(false));
  };

  const buttons: [Label, Done, Parameters<typeof run>[1]][] = [
    ['exportMarkdown', 'exportMarkdownDone', (module) => module.exportMarkdownZip(markdownExportLabels(), Date.now())],
    ['exportEntriesCsv', 'exportEntriesDone', async (module) => (await module.exportCsv(Date.now())).entries],
    ['exportSprintsCsv', 'exportSprintsDone', async (module) => (await module.exportCsv(Date.now())).sprints],
    ['exportXapi', 'exportXapiDone', (module) => module.exportXapi(xapiExportLabels(), Date.now())],
  ];

  return (
    <section class="export-formats" aria-labelledby="export-formats-heading">
      <h2 id="export-formats-heading">{t('exportFormatsHeading')}</h2>
      <p class="hint">{t('exportFormatsHint')}</p>
      <div class="form-actions">
        {buttons.map(([label, done, make]) => (
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
          <button key={label} type="button" aria-disabled={isBusy ? 'true' : undefined} onClick={() => run(done, make)}>
            {t(label)}
          </button>
        ))}
      </div>
      <div class="field">
        <label for="organisation-home-page">{t('exportHomePageLabel')}</label>
        <input
          id="organisation-home-page"
          type="url"
          inputMode="url"
          maxLength={500}
          placeholder="https://"
          aria-describedby="organisation-home-page-hint"
          aria-invalid={isHomePageValid ? undefined : 'true'}
          // Uncontrolled, so a re-render while typing never resets it; a new stored value remounts it.
          key={settings?.organisationHomePage}
          defaultValue={settings?.organisationHomePage}
          onChange={(event) => saveHomePage(event.currentTarget.value)}
        />
        <p id="organisation-home-page-hint" class={isHomePageValid ? 'hint' : 'hint error'}>
          {isHomePageValid ? t('exportHomePageHint') : t('exportHomePageInvalid')}
        </p>
      </div>
      <p role={status?.kind === 'error' ? 'alert' : 'status'} class={`export-status ${status?.kind === 'error' ? 'error' : 'ok'}`}>
        {status?.text}
      </p>
    </section>
  );
}
