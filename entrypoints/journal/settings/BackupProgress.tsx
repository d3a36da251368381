import { t } from '../../../components/i18n';
import type { BackupPhase } from './backup-protocol';

export interface ProgressState {
  phase: BackupPhase;
  done: number;
  total: number;
}

const numberFormat = new Intl.NumberFormat();

/** What the bar says for each phase of an export or import. */
export function progressLabel({ phase, done, total }: ProgressState): string {
  const [a, b] = [numberFormat.format(done), numberFormat.format(total)];
  if (phase === 'read') return t('backupPhaseRead');
  if (phase === 'export') return t('backupPhaseExport', a, b);
  if (phase === 'check') return t('backupPhaseCheck', a, b);
  if (phase === 'compare') return t('backupPhaseCompare', a, b);
  if (phase === 'index') return t('backupPhaseIndex', a, b);
  return t('backupPhaseImport', a, b);
}

/** A labelled progress bar; indeterminate while the file is being read (no count yet). */
export function BackupProgress({ id, progress }: { id: string; progress: ProgressState }) {
  const label = progressLabel(progress);
  const known = progress.phase !== 'read' && progress.total > 0;
  return (
    <div class="backup-progress">
      <label for={id}>{label}</label>
      <progress id={id} max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-valuetext={label} />
    </div>
  );
}
