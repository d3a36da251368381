import { t } from '../../../components/i18n';
import type { SharedEntry } from '../../../storage/exchange-schemas';
import { SafeLink } from './SafeLink';
import { AppliedEvidence } from './SharedEntryItem';

/** Applied items with their evidence, most recently applied first. */
export function AppliedList({ entries, headingLevel = 3 }: { entries: SharedEntry[]; headingLevel?: 3 | 4 }) {
  if (entries.length === 0) return <p class="muted">{t('teamNoApplied')}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul class="applied-list">
      {entries.map((entry) => (
        <li key={entry.id} class="applied-item" data-entry-id={entry.id}>
          <Heading>
            {entry.url ? <SafeLink href={entry.url}>{entry.title || t('teamUntitled')}</SafeLink> : entry.title || t('teamUntitled')}
          </Heading>
          {entry.applied && <AppliedEvidence applied={entry.applied} />}
        </li>
      ))}
    </ul>
  );
}
