import { formatMegabytes } from '../domain/disk-space';
import { useDiskSpace } from './hooks/use-disk-space';
import { t } from './i18n';

/** Says plainly when the disk is filling or full, and what the learner can do about it. */
export function DiskSpaceNotice() {
  const { state, freeBytes } = useDiskSpace();
  if (state === 'ok') return null;
  const left = freeBytes === undefined ? '' : formatMegabytes(freeBytes);
  return (
    <p class={`disk-notice disk-notice-${state}`} role={state === 'full' ? 'alert' : 'status'} data-testid="disk-notice">
      {t(state === 'full' ? 'diskFull' : 'diskLow', left)}
    </p>
  );
}
