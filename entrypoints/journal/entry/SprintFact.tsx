import { formatDateTime } from '../../../components/format';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { getDb } from '../../../storage/db';

/** The sprint an entry was captured in: its start time and goal, if the sprint is still stored. */
export function SprintFact({ sprintId }: { sprintId: string }) {
  const sprint = useLiveQuery(() => getDb().sprints.get(sprintId), [sprintId]);
  if (sprint.status !== 'ready') return null;
  if (!sprint.value) return <li>{t('entryInSprint')}</li>;
  const { startedAt, goal } = sprint.value;
  return (
    <li>
      {t('entryInSprintStarted')} <time dateTime={new Date(startedAt).toISOString()}>{formatDateTime(startedAt)}</time>
      {goal && <span>{t('entrySprintGoal', goal)}</span>}
    </li>
  );
}
