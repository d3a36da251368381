import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../../components/format';
import { t } from '../../../components/i18n';
import { formatMegabytes } from '../../../domain/disk-space';
import { listSnapshots, type SnapshotInfo } from '../../../storage/snapshots';

/** The newest automatic snapshot: when, how many entries, how large. */
export function SnapshotStatus() {
  const [newest, setNewest] = useState<SnapshotInfo | null>();
  useEffect(() => {
    listSnapshots()
      .then((found) => setNewest(found[0] ?? null))
      .catch(() => setNewest(null));
  }, []);
  if (newest === undefined) return null;
  return (
    <p data-testid="last-snapshot">
      {newest
        ? t(
            'snapshotLast',
            formatDateTime(newest.at),
            String(newest.entries),
            newest.bytes < 1_000_000 ? '< 1 MB' : formatMegabytes(newest.bytes),
          )
        : t('snapshotNone')}
    </p>
  );
}
