import { useState } from 'preact/hooks';
import { formatDate } from '../../../components/format';
import { t } from '../../../components/i18n';
import { removeTeamMember, type TeamMemberView } from '../../../storage/team';
import { periodText, teamHash } from './team-format';

/** The imported people: name, period, dates and counts, each with a Remove that asks first. */
export function PeopleTable({ members }: { members: TeamMemberView[] }) {
  const [confirming, setConfirming] = useState<string>();
  const [removed, setRemoved] = useState('');

  const remove = async (member: TeamMemberView) => {
    await removeTeamMember(member.learnerId);
    setConfirming(undefined);
    setRemoved(t('teamRemoved', member.displayName || member.learnerId));
  };

  return (
    <section aria-labelledby="team-people-heading">
      <h2 id="team-people-heading">{t('teamPeopleHeading')}</h2>
      {members.length === 0 ? (
        <p class="muted">{t('teamEmpty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="team-table">
            <caption>{t('teamPeopleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teamColPerson')}</th>
                <th scope="col">{t('teamColPeriod')}</th>
                <th scope="col">{t('teamColShared')}</th>
                <th scope="col">{t('teamColImported')}</th>
                <th scope="col">{t('teamColCaptures')}</th>
                <th scope="col">{t('teamColSprints')}</th>
                <th scope="col">{t('teamColReflections')}</th>
                <th scope="col">{t('teamColActions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const name = member.displayName || member.learnerId;
                const { bundle } = member;
                return (
                  <tr key={member.learnerId} data-learner-id={member.learnerId}>
                    <th scope="row">
                      <a href={teamHash({ person: member.learnerId })}>{name}</a>
                    </th>
                    <td>{bundle ? periodText(bundle.period) : t('teamUnreadable')}</td>
                    <td>{formatDate(member.bundleCreatedAt)}</td>
                    <td>{formatDate(member.importedAt)}</td>
                    <td>{bundle?.entries.length ?? '–'}</td>
                    <td>{bundle?.sprints.length ?? '–'}</td>
                    <td>{bundle?.reflections.length ?? '–'}</td>
                    <td>
                      {confirming === member.learnerId ? (
                        <div class="confirm-remove">
                          <p>{t('teamRemoveConfirm', name)}</p>
                          <button type="button" class="danger" onClick={() => remove(member)}>
                            {t('teamRemoveYes', name)}
                          </button>{' '}
                          {/* biome-ignore lint/a11y/noAutofocus: the Remove button just vanished; keep the keyboard here, on the safe choice. */}
                          <button type="button" autoFocus onClick={() => setConfirming(undefined)}>
                            {t('teamCancel')}
                          </button>
                        </div>
                      ) : (
                        <button type="button" onClick={() => setConfirming(member.learnerId)}>
                          {t('teamRemove')}
                          <span class="visually-hidden"> {name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="ok">
        {removed}
      </p>
    </section>
  );
}
