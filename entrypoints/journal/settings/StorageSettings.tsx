import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../components/i18n';
import { countEntries } from '../../../storage/entries';
import { DeleteEverything } from './DeleteEverything';

const sizeFormat = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

/** Storage used by the journal, and "delete everything". */
export function StorageSettings() {
  const [usage, setUsage] = useState<string>();
  const [count, setCount] = useState<number>();
  // Re-measured after a wipe, so the numbers match what is left.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    navigator.storage
      ?.estimate()
      .then((estimate) => setUsage(sizeFormat.format((estimate.usage ?? 0) / 1_000_000)))
      .catch(() => setUsage(undefined));
    countEntries()
      .then(setCount)
      .catch(() => setCount(undefined));
  }, [generation]);

  return (
    <section aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settingsStorageHeading')}</h2>
      <dl class="storage-facts">
        <div>
          <dt>{t('settingsStorageUsed')}</dt>
          <dd data-testid="storage-used">{usage ?? '…'}</dd>
        </div>
        <div>
          <dt>{t('settingsEntryCount')}</dt>
          <dd data-testid="entry-count">{count ?? '…'}</dd>
        </div>
      </dl>
      <DeleteEverything onDeleted={() => setGeneration((value) => value + 1)} />
    </section>
  );
}
