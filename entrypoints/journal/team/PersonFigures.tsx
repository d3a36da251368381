import { t } from '../../../components/i18n';
import type { PersonRollup, RollupEntry, RollupReflection } from '../../../domain/team-rollups';
import { percent } from '../../../storage/application-rate';

const shown = (value: number | undefined) => (value === undefined ? '–' : `${value}%`);

/** The headline figures of one share, with the application rate as the learner's journal defines it. */
export function PersonFigures({ rollup, reflections }: { rollup: PersonRollup<RollupEntry, RollupReflection>; reflections: number }) {
  const { rate } = rollup;
  return (
    <section aria-labelledby="team-summary-heading">
      <h2 id="team-summary-heading">{t('teamSummaryHeading')}</h2>
      <dl class="team-figures">
        <div>
          <dt>{t('teamMinutes')}</dt>
          <dd data-figure="minutes">{rollup.minutes}</dd>
        </div>
        <div>
          <dt>{t('teamColSprints')}</dt>
          <dd data-figure="sprints">
            {rollup.sprints}
            <span class="team-figure-note">{t('teamSprintsCompletedOf', String(rollup.completedSprints))}</span>
          </dd>
        </div>
        <div>
          <dt>{t('teamColCaptures')}</dt>
          <dd data-figure="captures">{rollup.captures}</dd>
        </div>
        <div>
          <dt>{t('teamColReflections')}</dt>
          <dd data-figure="reflections">{reflections}</dd>
        </div>
      </dl>
      <h3>{t('teamRateHeading')}</h3>
      <p class="team-rate" data-figure="rate">
        {t('appliedRate', String(rate.applied), String(rate.total), shown(percent(rate.applied, rate.total)))}{' '}
        {t('appliedRateWindow', shown(percent(rate.appliedInWindow, rate.dueInWindow)))}
      </p>
      <p class="hint">{t('teamRateAsOf')}</p>
    </section>
  );
}
