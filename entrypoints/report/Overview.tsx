/** The week's figures against the week before, and this week's streak. */
import { t } from '../../components/i18n';
import type { Comparison, WeekSummary } from '../../domain/summary';
import { deltaClass, deltaText } from '../popup/summary/delta';

function Figure({ label, value, extra }: { label: string; value: Comparison; extra?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span class="figure">
          {value.value}
          {extra && <span class="muted"> {extra}</span>}
        </span>
        <span class={deltaClass(value)}>{deltaText(value)}</span>
      </dd>
    </div>
  );
}

export function Overview({ summary }: { summary: WeekSummary }) {
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('reportOverview')}</h2>
      <dl class="overview">
        <Figure label={t('reportLearningMinutes')} value={summary.minutes} extra={`/ ${summary.goalMinutes}`} />
        <Figure label={t('summarySprints')} value={summary.sprints} />
        <Figure label={t('summaryCaptures')} value={summary.captures} />
        <Figure label={t('summaryReflections')} value={summary.reflections} />
        <Figure label={t('summaryApplied')} value={summary.applied} />
        <Figure label={t('summaryActiveDays')} value={summary.activeDays} />
        {summary.streak !== undefined && (
          <div data-figure="streak">
            <dt>{t('summaryStreak')}</dt>
            <dd>
              <span class="figure">{summary.streak === 1 ? t('summaryStreakOneDay') : t('summaryStreakDays', String(summary.streak))}</span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
