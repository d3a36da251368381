/**
 * This week at a glance: minutes against the goal and three figures against last week; the
 * streak, competencies and the rest are in the weekly report. It reads Dexie directly (no
 * service-worker round trip), from per-day totals and small rows.
 */
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { useToday } from '../../../components/hooks/use-today';
import { t } from '../../../components/i18n';
import type { Comparison } from '../../../domain/summary';
import { getDb } from '../../../storage/db';
import { loadWeekSummary } from '../../../storage/summary-queries';
import { deltaClass, deltaShort, deltaText } from './delta';
import { ProgressRing } from './ProgressRing';
import { preloadSummarySettings, type SummarySettings, useSummarySettings } from './use-summary-settings';
import './summary.css';

/**
 * Starts what the summary waits for before the popup's first render: the settings read and the
 * database open run side by side (a failed open shows as the query's error).
 */
export function preloadWeekSummary(): void {
  preloadSummarySettings();
  getDb()
    .open()
    .catch(() => undefined);
}

export function WeekSummary() {
  const settings = useSummarySettings();
  return (
    <section class="week-summary" aria-labelledby="week-summary-heading">
      <div class="row">
        <h2 id="week-summary-heading">{t('summaryHeading')}</h2>
        <a href={browser.runtime.getURL('/report.html')} target="_blank" rel="noopener">
          {t('summaryOpenReport')}
        </a>
      </div>
      {settings && <Figures settings={settings} />}
    </section>
  );
}

function Figures({ settings }: { settings: SummarySettings }) {
  // A popup left open past midnight reads the new day (and, on the week's first day, the new week).
  const today = useToday(settings.timeZone);
  const result = useLiveQuery(
    () => {
      performance.mark('summary:query');
      return loadWeekSummary({ ...settings, now: Date.now() });
    },
    [settings.weekStart, settings.goalMinutes, settings.timeZone, today],
    { beforePaint: true },
  );
  if (result.status === 'loading') return null;
  if (result.status === 'error') return <p class="error">{t('summaryError')}</p>;
  const { summary } = result.value;
  const percent = String(Math.round(summary.goalProgress * 100));
  return (
    <div class="summary-body" data-testid="week-summary">
      <ProgressRing
        progress={summary.goalProgress}
        label={t('summaryGoalLabel', String(summary.minutes.value), String(summary.goalMinutes), percent)}
        text={`${percent}%`}
      />
      <div class="summary-figures">
        <p class="summary-minutes">
          <span class="stat-value">{summary.minutes.value}</span> {t('summaryOfGoal', String(summary.goalMinutes))}{' '}
          <span class={deltaClass(summary.minutes)}>{deltaText(summary.minutes)}</span>
        </p>
        <dl class="summary-stats">
          <Stat label={t('summaryCaptures')} value={summary.captures} />
          <Stat label={t('summaryApplied')} value={summary.applied} />
          <Stat label={t('summarySprints')} value={summary.sprints} />
        </dl>
      </div>
    </div>
  );
}

/** A figure and, under it, how it compares with last week. */
function Stat({ label, value }: { label: string; value: Comparison }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span class="stat-value">{value.value}</span>{' '}
        <span class={deltaClass(value)} title={deltaText(value)}>
          <span aria-hidden="true">{deltaShort(value)}</span>
          <span class="visually-hidden">{deltaText(value)}</span>
        </span>
      </dd>
    </div>
  );
}
