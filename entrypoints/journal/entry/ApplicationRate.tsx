import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { percent, readApplicationRate } from '../../../storage/application-rate';

/** "Applied: 3 of 10 entries (30%) · within 30 days: 25%". Live: marking an entry updates it. */
export function ApplicationRate() {
  const rate = useLiveQuery(() => readApplicationRate(Date.now()), []);
  if (rate.status !== 'ready') return null;
  const { total, applied, appliedInWindow, dueInWindow } = rate.value;
  const overall = percent(applied, total);
  const inWindow = percent(appliedInWindow, dueInWindow);
  return (
    <p class="application-rate" aria-live="polite">
      <span>{t('appliedRate', String(applied), String(total), overall === undefined ? '–' : `${overall}%`)}</span>{' '}
      <span class="muted">{t('appliedRateWindow', inWindow === undefined ? '–' : `${inWindow}%`)}</span>
    </p>
  );
}
