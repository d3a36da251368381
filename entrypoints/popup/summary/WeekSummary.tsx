/**
 * This week's learning summary against the goal and last week. It reads Dexie
 * directly (no service-worker round trip) in two live queries: the week's figures from per-day
 * totals and small rows first, then the streak and the competencies (the streak reads days back
 * until it breaks).
 */
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { useToday } from '../../../components/hooks/use-today';
import { t } from '../../../components/i18n';
import type { Comparison, WeekSummary as Summary } from '../../../domain/summary';
import { getDb } from '../../../storage/db';
import { loadWeekSummary } from '../../../storage/summary-queries';
import { deltaClass, deltaText } from './delta';
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
      return loadWeekSummary({ ...settings, now: Date.now(), complete: false });
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
      <div class="summary-goal">
        <ProgressRing
          progress={summary.goalProgress}
          label={t('summaryGoalLabel', String(summary.minutes.value), String(summary.goalMinutes), percent)}
          text={`${percent}%`}
        />
        <p>
          <strong>{t('summaryMinutesOfGoal', String(summary.minutes.value), String(summary.goalMinutes))}</strong>
          <br />
          <span class={deltaClass(summary.minutes)}>{deltaText(summary.minutes)}</span>
        </p>
      </div>
      <dl class="summary-stats">
        <Stat label={t('summarySprints')} value={summary.sprints} />
        <Stat label={t('summaryCaptures')} value={summary.captures} />
        <Stat label={t('summaryReflections')} value={summary.reflections} />
        <Stat label={t('summaryApplied')} value={summary.applied} />
        <Stat label={t('summaryActiveDays')} value={summary.activeDays} />
      </dl>
      <Complete settings={settings} today={today} />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: Comparison }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span class="stat-value">{value.value}</span> <span class={deltaClass(value)}>{deltaText(value)}</span>
      </dd>
    </div>
  );
}

/** The streak and the top competencies, filled in once their wider reads finish. */
function Complete({ settings, today }: { settings: SummarySettings; today: string }) {
  const result = useLiveQuery(
    () => loadWeekSummary({ ...settings, now: Date.now(), complete: true }),
    [settings.weekStart, settings.goalMinutes, settings.timeZone, today],
  );
  const summary: Summary | undefined = result.status === 'ready' ? result.value.summary : undefined;
  const top = summary?.topCompetencies;
  return (
    <div class="summary-complete" aria-busy={!summary}>
      <p class="summary-streak">
        <span class="summary-label">{t('summaryStreak')}</span>{' '}
        <span class="stat-value">
          {summary?.streak === undefined
            ? '…'
            : summary.streak === 1
              ? t('summaryStreakOneDay')
              : t('summaryStreakDays', String(summary.streak))}
        </span>
      </p>
      <p class="summary-competencies">
        <span class="summary-label">{t('summaryCompetencies')}</span>{' '}
        {!top ? '…' : top.length === 0 ? t('summaryNoCompetencies') : top.map((item) => `${item.name} (${item.count})`).join(', ')}
        {summary && top && top.length > 0 && (
          <>
            {' '}
            <span class={deltaClass(summary.competenciesTouched)}>
              {t('summaryTouched', String(summary.competenciesTouched.value))} · {deltaText(summary.competenciesTouched)}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
