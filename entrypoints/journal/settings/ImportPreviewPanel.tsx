import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../components/i18n';
import type { ChangeCounts } from '../../../domain/journal-diff';
import { JOURNAL_TABLE_NAMES, type JournalTable } from '../../../storage/journal-file-schema';
import type { ImportPreview } from '../../../storage/journal-import';

const TABLE_KEYS = {
  entries: 'backupTableEntries',
  competencies: 'backupTableCompetencies',
  siteRules: 'backupTableSiteRules',
  sprints: 'backupTableSprints',
  reflections: 'backupTableReflections',
  feedback: 'backupTableFeedback',
} as const satisfies Record<JournalTable, string>;

const COLUMNS = [
  ['new', 'backupColumnNew'],
  ['updated', 'backupColumnUpdated'],
  ['unchanged', 'backupColumnUnchanged'],
  ['conflict', 'backupColumnConflict'],
] as const satisfies readonly (readonly [keyof ChangeCounts, string])[];

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  preview: ImportPreview;
  restoreSettings: boolean;
  onRestoreSettings: (value: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would do, table by table, with the conflicts listed; nothing is written yet. */
export function ImportPreviewPanel({ preview, restoreSettings, onRestoreSettings, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const conflictCount = JOURNAL_TABLE_NAMES.reduce((sum, name) => sum + preview.counts[name].conflict, 0);
  return (
    <div class="import-preview">
      <h3 id="import-preview-heading" tabIndex={-1} ref={heading}>
        {t('backupPreviewHeading')}
      </h3>
      <p>{t('backupPreviewFrom', dateTime.format(preview.exportedAt))}</p>
      {preview.samePages > 0 && <p class="notice">{t('backupPreviewSamePages', preview.samePages.toLocaleString())}</p>}
      {(preview.replacedCharacters ?? 0) > 0 && (
        <p class="notice">{t('backupPreviewReplaced', (preview.replacedCharacters ?? 0).toLocaleString())}</p>
      )}
      <table>
        <caption>{t('backupPreviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backupColumnKind')}</th>
            {COLUMNS.map(([, key]) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {JOURNAL_TABLE_NAMES.map((name) => (
            <tr key={name} data-table={name}>
              <th scope="row">{t(TABLE_KEYS[name])}</th>
              {COLUMNS.map(([change]) => (
                <td key={change} data-change={change}>
                  {preview.counts[name][change]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('backupPreviewExplain')}</p>
      {preview.conflicts.length > 0 && (
        <>
          <h4>{t('backupConflictsHeading')}</h4>
          <ul class="import-conflicts">
            {preview.conflicts.map((conflict) => (
              <li key={`${conflict.table}/${conflict.key}`}>
                {t(
                  'backupConflictItem',
                  t(TABLE_KEYS[conflict.table as JournalTable]),
                  conflict.label,
                  dateTime.format(conflict.localVersion),
                  dateTime.format(conflict.fileVersion),
                )}
              </li>
            ))}
          </ul>
          {conflictCount > preview.conflicts.length && <p>{t('backupConflictsMore', String(conflictCount - preview.conflicts.length))}</p>}
        </>
      )}
      <label class="check">
        <input type="checkbox" checked={restoreSettings} onChange={(event) => onRestoreSettings(event.currentTarget.checked)} />
        {t('backupRestoreSettings')}
      </label>
      <div class="form-actions">
        <button type="button" class="primary" onClick={onConfirm}>
          {t('backupImportConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('backupImportCancel')}
        </button>
      </div>
    </div>
  );
}
