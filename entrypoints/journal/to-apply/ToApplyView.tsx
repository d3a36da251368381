import { formatDate, truncate } from '../../../components/format';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { loadDueFollowUps } from '../../../storage/follow-ups';
import { entryHash } from '../route';
import { useSettings } from '../settings/use-settings';
import './to-apply.css';
import { errorText } from '../../../components/error-text';

/**
 * "To apply": entries with a plan that are not applied yet, once the follow-up delay has
 * passed, oldest first. "Applied?" opens the entry ready to edit, where it is marked applied.
 */
export function ToApplyView(_props: { params: URLSearchParams }) {
  const settings = useSettings();
  const days = settings?.followUpDays;
  const due = useLiveQuery(() => (days === undefined ? Promise.resolve(undefined) : loadDueFollowUps(Date.now(), days)), [days]);
  const entries = due.status === 'ready' ? due.value : undefined;

  return (
    <>
      <h1>{t('journalNavToApply')}</h1>
      {days !== undefined && <p class="hint">{t('followUpIntro', String(days))}</p>}
      {due.status === 'error' && (
        <p class="error" role="alert">
          {errorText(due.error)}
        </p>
      )}
      {entries && (
        <p role="status" class="muted">
          {entries.length === 0 ? t('followUpNone') : t('followUpCount', String(entries.length))}
        </p>
      )}
      {entries && entries.length > 0 && (
        <ul class="follow-up-list">
          {entries.map((entry) => (
            <li key={entry.id} class="follow-up-row">
              <h2 class="entry-title">
                <a href={entryHash(entry.id)}>{entry.title || t('followUpUntitled')}</a>
              </h2>
              <p class="entry-meta">{t('followUpSavedOn', formatDate(entry.createdAt))}</p>
              <p class="snippet">
                <strong>{t('followUpPlanLabel')}</strong> {truncate(entry.applyPlan, 240)}
              </p>
              <a class="button" href={`${entryHash(entry.id)}?edit=1`}>
                {t('followUpAppliedShortcut')}
                <span class="visually-hidden"> {entry.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
