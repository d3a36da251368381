import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { formatDateTime } from '../../components/format';
import { t } from '../../components/i18n';
import type { JournalState } from '../../domain/journal-loss';
import type { SnapshotInfo } from '../../storage/snapshots';
import { BackupWorker } from './settings/backup-client';

// The snapshot code (the journal export with it) loads only when the journal opens, after the list.
const snapshots = () => import('../../storage/snapshots');

type Step =
  | { name: 'checking' }
  | { name: 'idle'; state?: JournalState }
  | { name: 'lost'; snapshot: SnapshotInfo }
  | { name: 'restoring' }
  | { name: 'done'; text: string };

/**
 * When the journal opens empty but a snapshot or the mark beside it says it held entries, the
 * database was lost (e.g. deleted by the browser as corrupt after a full disk): say so and offer
 * the newest snapshot, restored through the same checked import as a backup file.
 */
export function LossNotice() {
  const [step, setStep] = useState<Step>({ name: 'checking' });

  useEffect(() => {
    snapshots()
      .then(({ checkJournal }) => checkJournal())
      .then(({ state, newest }) => {
        setStep(state === 'lost' && newest ? { name: 'lost', snapshot: newest } : { name: 'idle', state });
      })
      .catch(() => setStep({ name: 'idle' }));
  }, []);

  const restore = async (snapshot: SnapshotInfo) => {
    setStep({ name: 'restoring' });
    const worker = new BackupWorker(() => undefined);
    try {
      const { readSnapshot } = await snapshots();
      const preview = await worker.read(await readSnapshot(snapshot.name));
      await worker.apply();
      const { restoreJournalIdentity } = await import('../../storage/journal-backup');
      await restoreJournalIdentity(preview);
      setStep({ name: 'done', text: t('lossRestored', String(snapshot.entries), formatDateTime(snapshot.at)) });
    } catch (error) {
      setStep({ name: 'done', text: t('lossRestoreFailed', errorText(error)) });
    } finally {
      worker.close();
    }
  };

  const startEmpty = async (snapshot: SnapshotInfo) => {
    await (await snapshots()).dismissLoss(snapshot.name);
    setStep({ name: 'idle' });
  };

  if (step.name === 'checking') return null;
  // Nothing to say; the state is there for tests and tools that need to know the check ran.
  if (step.name === 'idle') return <div hidden data-testid="journal-state" data-state={step.state ?? 'unknown'} />;
  return (
    <section class="loss-notice" role="alert" aria-labelledby="loss-title" data-testid="loss-notice">
      <h2 id="loss-title">{t('lossTitle')}</h2>
      {step.name === 'lost' && (
        <>
          <p>{t('lossExplained', formatDateTime(step.snapshot.at), String(step.snapshot.entries))}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => restore(step.snapshot)}>
              {t('lossRestore')}
            </button>
            <button type="button" onClick={() => startEmpty(step.snapshot)}>
              {t('lossStartEmpty')}
            </button>
          </div>
        </>
      )}
      {step.name === 'restoring' && <p>{t('lossRestoring')}</p>}
      {step.name === 'done' && <p>{step.text}</p>}
    </section>
  );
}
