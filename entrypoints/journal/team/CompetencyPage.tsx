import { t } from '../../../components/i18n';
import type { TeamCompetency } from '../../../domain/team-competencies';
import type { SharedEntry } from '../../../storage/exchange-schemas';
import { AppliedList } from './AppliedList';
import { SelfReported } from './SelfReported';
import { teamHash } from './team-format';

/** One competency across the team: who is working on it, how much, and their applied evidence. */
export function CompetencyPage({ competency }: { competency: TeamCompetency<SharedEntry> | undefined }) {
  if (!competency) {
    return (
      <div class="team">
        <a href={teamHash()}>{t('teamBack')}</a>
        <p role="alert">{t('teamCompetencyNotFound')}</p>
      </div>
    );
  }
  return (
    <div class="team team-competency">
      <a href={teamHash()}>{t('teamBack')}</a>
      <h1>{competency.name}</h1>
      <p>{t('teamCompetencyCategory', competency.category)}</p>
      <SelfReported />
      {competency.people.map(({ learnerId, displayName, activity, applied }) => {
        const name = displayName || learnerId;
        return (
          <section key={learnerId} class="team-competency-person" aria-labelledby={`person-${learnerId}`} data-learner-id={learnerId}>
            <h2 id={`person-${learnerId}`}>
              <a href={teamHash({ person: learnerId })}>{name}</a>
            </h2>
            <p data-figure="activity">
              {t(
                'teamCompetencyCounts',
                String(activity.entries),
                String(activity.applied),
                String(activity.sprints),
                String(activity.minutes),
                String(activity.reflections),
              )}
            </p>
            <h3>{t('teamAppliedHeading')}</h3>
            <AppliedList entries={applied} headingLevel={4} />
          </section>
        );
      })}
    </div>
  );
}
