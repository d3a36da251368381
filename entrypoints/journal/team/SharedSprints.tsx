import { t } from '../../../components/i18n';
import type { SharedSprint, TeamComment } from '../../../storage/exchange-schemas';
import { CommentThread } from './CommentThread';
import { formatDayKey } from './team-format';

interface Props {
  learnerId: string;
  sprints: readonly SharedSprint[];
  competencyNames: Map<string, string>;
  comments: TeamComment[];
}

/** The shared sprints, newest first, each open to a comment. */
export function SharedSprints({ learnerId, sprints, competencyNames, comments }: Props) {
  const sorted = [...sprints].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <section aria-labelledby="team-sprints-heading">
      <h2 id="team-sprints-heading">{t('teamSprintsHeading')}</h2>
      {sorted.length === 0 && <p class="muted">{t('teamNoSprints')}</p>}
      <ul class="shared-list">
        {sorted.map((sprint) => {
          const minutes = Math.round(sprint.elapsedMs / 60_000);
          const about = `${formatDayKey(sprint.dayKey)}, ${minutes} ${t('teamColMinutes').toLowerCase()}`;
          const competency = sprint.competencyId === undefined ? undefined : competencyNames.get(sprint.competencyId);
          return (
            <li key={sprint.id} class="shared-sprint" data-sprint-id={sprint.id}>
              <h3>{about}</h3>
              <dl class="shared-fields">
                {sprint.goal && (
                  <>
                    <dt>{t('teamColGoal')}</dt>
                    <dd class="plain-text">{sprint.goal}</dd>
                  </>
                )}
                {competency && (
                  <>
                    <dt>{t('teamColCompetency')}</dt>
                    <dd>{competency}</dd>
                  </>
                )}
                <dt>{t('teamColStatus')}</dt>
                <dd>{sprint.completed ? t('teamSprintCompleted') : t('teamSprintStopped')}</dd>
              </dl>
              <CommentThread learnerId={learnerId} target={{ type: 'sprint', id: sprint.id }} about={about} comments={comments} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
