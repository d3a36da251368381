import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { BackupStatus } from '../../../domain/backup-reminder';
import { dayKey } from '../../../domain/time';
import { readBackupStatus, recordBackupStatus, watchBackupStatus } from '../../../storage/backup-status';
import { readJournalIdentity } from '../../../storage/journal-backup';
import { journalFileName } from '../../../storage/journal-export';
import { updateSettings } from '../../../storage/settings';
import { BackupProgress, type ProgressState } from './BackupProgress';
import { BackupWorker } from './backup-client';
import { JournalImport } from './JournalImport';
import { SnapshotStatus } from './SnapshotStatus';
import { useSettings } from './use-settings';
import './backup.css';
import { errorText } from '../../../components/error-text';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function useBackupStatus(): BackupStatus | undefined {
  const [status, setStatus] = useState<BackupStatus>();
  useEffect(() => {
    void readBackupStatus().then(setStatus);
    return watchBackupStatus(setStatus);
  }, []);
  return status;
}

/** Saves a Blob as a download (the extension page itself; no `downloads` permission needed). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Back up and restore: export, when it was last done, the weekly reminder, import. */
export function BackupSettings() {
  const settings = useSettings();
  const status = useBackupStatus();
  const [progress, setProgress] = useState<ProgressState>();
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The reminder's notification opens `#/settings?section=backup`.
  useEffect(() => {
    if (location.hash.includes('section=backup')) heading.current?.scrollIntoView();
  }, []);

  const exportNow = async () => {
    const worker = new BackupWorker((phase, done, total) => setProgress({ phase, done, total }));
    setMessage(undefined);
    setProgress({ phase: 'export', done: 0, total: 0 });
    try {
      const now = Date.now();
      const { blob, counts } = await worker.exportJournal(now, await readJournalIdentity());
      const name = journalFileName(dayKey(now));
      download(blob, name);
      await recordBackupStatus({ lastExportedAt: now });
      setMessage({ text: t('backupExported', String(counts.entries), name), isError: false });
    } catch (error) {
      setMessage({ text: t('backupExportFailed', errorText(error)), isError: true });
    } finally {
      worker.close();
      setProgress(undefined);
    }
  };

  return (
    <section aria-labelledby="settings-backup" class="backup-settings">
      <h2 id="settings-backup" ref={heading}>
        {t('backupHeading')}
      </h2>
      <p>{t('backupExplain')}</p>
      <p class="hint">{t('backupNotIncluded')}</p>
      <p data-testid="last-exported">
        {status?.lastExportedAt ? t('backupLastExported', dateTime.format(status.lastExportedAt)) : status ? t('backupNeverExported') : '…'}
      </p>
      <SnapshotStatus />
      <div class="form-actions">
        <button type="button" onClick={exportNow} disabled={progress !== undefined}>
          {t('backupExport')}
        </button>
      </div>
      {progress && <BackupProgress id="export-progress" progress={progress} />}
      <p role={message?.isError ? 'alert' : 'status'} class={message?.isError ? 'error' : 'ok'}>
        {message?.text}
      </p>
      {settings && (
        <label class="check">
          <input
            type="checkbox"
            checked={settings.backupReminder.enabled}
            onChange={(event) => void updateSettings({ backupReminder: { enabled: event.currentTarget.checked } })}
          />
          {t('backupReminderEnabled')}
        </label>
      )}
      <JournalImport />
    </section>
  );
}
