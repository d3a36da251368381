import { t } from '../../../components/i18n';
import { type CompetencyActivity, competencyKey } from '../../../domain/team-competencies';
import { teamHash } from './team-format';

/** One person's activity per competency, each linking to the team page for that competency. */
export function CompetencyActivityTable({ rows }: { rows: CompetencyActivity[] }) {
  return (
    <section aria-labelledby="team-person-competencies-heading">
      <h2 id="team-person-competencies-heading">{t('teamCompetencyActivityHeading')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('teamCompetenciesEmpty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="team-table">
            <caption>{t('teamCompetencyActivityCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teamColCompetency')}</th>
                <th scope="col">{t('teamColCategory')}</th>
                <th scope="col">{t('teamColCaptures')}</th>
                <th scope="col">{t('teamColApplied')}</th>
                <th scope="col">{t('teamColSprints')}</th>
                <th scope="col">{t('teamColMinutes')}</th>
                <th scope="col">{t('teamColReflections')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={teamHash({ competency: competencyKey(row.name, row.category) })}>{row.name}</a>
                  </th>
                  <td>{row.category}</td>
                  <td>{row.entries}</td>
                  <td>{row.applied}</td>
                  <td>{row.sprints}</td>
                  <td>{row.minutes}</td>
                  <td>{row.reflections}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
