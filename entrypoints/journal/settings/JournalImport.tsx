import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../../components/error-text';
import { t } from '../../../components/i18n';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { countEntries } from '../../../storage/entries';
import { restoreJournalIdentity } from '../../../storage/journal-backup';
import { JOURNAL_TABLE_NAMES } from '../../../storage/journal-file-schema';
import type { ImportCounts, ImportPreview } from '../../../storage/journal-import';
import { BackupProgress, type ProgressState } from './BackupProgress';
import { BackupWorker } from './backup-client';
import { ImportPreviewPanel } from './ImportPreviewPanel';

const PROBLEM_KEYS = {
  'too-big': 'backupImportTooBig',
  'not-json': 'backupImportNotJson',
  'forbidden-key': 'backupImportForbiddenKey',
  'too-deep': 'backupImportTooDeep',
  'too-many': 'backupImportTooMany',
  invalid: 'backupImportInvalid',
  'newer-version': 'backupImportNewer',
  'wrong-kind': 'backupImportNotJournal',
} as const satisfies Record<FileProblem, string>;

type Step =
  | { name: 'idle' }
  | { name: 'working'; progress: ProgressState }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'done'; text: string; isError: boolean };

/** The message for an import that failed; every failure left the journal as it was. */
export function importErrorText(error: unknown): string {
  if (error instanceof ImportFileError) return t(PROBLEM_KEYS[error.problem], error.message.replace(/^[a-z-]+:?\s*/, ''));
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/quota|StorageFull/i.test(text)) return t('backupImportQuota');
  return t('backupImportFailed', errorText(error));
}

function summary(counts: ImportCounts): string {
  const sum = (key: 'new' | 'updated' | 'unchanged' | 'conflict') =>
    String(JOURNAL_TABLE_NAMES.reduce((total, name) => total + counts[name][key], 0));
  return t('backupImported', sum('new'), sum('updated'), sum('unchanged'), sum('conflict'));
}

/** Import of a full-journal file: pick, preview, confirm, progress, result. */
export function JournalImport() {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [restoreSettings, setRestoreSettings] = useState(false);
  const worker = useRef<BackupWorker | undefined>(undefined);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => () => worker.current?.close(), []);

  const finish = (text: string, isError: boolean) => {
    worker.current?.close();
    worker.current = undefined;
    setStep({ name: 'done', text, isError });
  };
  const track = () => new BackupWorker((phase, done, total) => setStep({ name: 'working', progress: { phase, done, total } }));

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    worker.current?.close();
    worker.current = track();
    setStep({ name: 'working', progress: { phase: 'read', done: 0, total: 0 } });
    try {
      const [preview, localEntries] = await Promise.all([worker.current.read(file), countEntries()]);
      // Restoring a backup into a journal with no entries of its own: take its settings too.
      setRestoreSettings(localEntries === 0);
      setStep({ name: 'preview', preview });
    } catch (error) {
      finish(importErrorText(error), true);
    }
  };

  const confirm = async (preview: ImportPreview) => {
    if (!worker.current) return;
    setStep({ name: 'working', progress: { phase: 'import', done: 0, total: 1 } });
    try {
      const counts = await worker.current.apply();
      if (restoreSettings) await restoreJournalIdentity(preview);
      finish(summary(counts), false);
    } catch (error) {
      finish(importErrorText(error), true);
    }
  };

  const cancel = () => {
    finish(t('backupImportCancelled'), false);
    requestAnimationFrame(() => picker.current?.focus());
  };

  const busy = step.name === 'working' || step.name === 'preview';
  return (
    <div class="journal-import">
      <label class="file-button">
        {t('backupImportLabel')}
        <input ref={picker} type="file" accept="application/json,.json" disabled={busy} onChange={(event) => pick(event.currentTarget)} />
      </label>
      <p class="hint">{t('backupImportHint')}</p>
      {step.name === 'working' && <BackupProgress id="import-progress" progress={step.progress} />}
      {step.name === 'preview' && (
        <ImportPreviewPanel
          preview={step.preview}
          restoreSettings={restoreSettings}
          onRestoreSettings={setRestoreSettings}
          onConfirm={() => confirm(step.preview)}
          onCancel={cancel}
        />
      )}
      <p
        role={step.name === 'done' && step.isError ? 'alert' : 'status'}
        class={step.name === 'done' && step.isError ? 'error' : 'ok'}
        data-testid="import-result"
      >
        {step.name === 'done' ? step.text : ''}
      </p>
    </div>
  );
}
