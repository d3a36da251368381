import { t } from '../../../components/i18n';
import type { TeamCompetency } from '../../../domain/team-competencies';
import type { SharedEntry } from '../../../storage/exchange-schemas';
import { teamHash } from './team-format';

/** Every competency someone in the team is working on, with who, linking to its team page. */
export function CompetencyTable({ competencies }: { competencies: TeamCompetency<SharedEntry>[] }) {
  return (
    <section aria-labelledby="team-competencies-heading">
      <h2 id="team-competencies-heading">{t('teamCompetenciesHeading')}</h2>
      {competencies.length === 0 ? (
        <p class="muted">{t('teamCompetenciesEmpty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="team-table">
            <caption>{t('teamCompetenciesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teamColCompetency')}</th>
                <th scope="col">{t('teamColCategory')}</th>
                <th scope="col">{t('teamColPeople')}</th>
                <th scope="col">{t('teamColApplied')}</th>
              </tr>
            </thead>
            <tbody>
              {competencies.map((competency) => (
                <tr key={competency.key}>
                  <th scope="row">
                    <a href={teamHash({ competency: competency.key })}>{competency.name}</a>
                  </th>
                  <td>{competency.category}</td>
                  <td>{competency.people.map((person) => person.displayName || person.learnerId).join(', ')}</td>
                  <td>{competency.people.reduce((sum, person) => sum + person.applied.length, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
