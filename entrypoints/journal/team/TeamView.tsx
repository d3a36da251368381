import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { teamCompetencies } from '../../../domain/team-competencies';
import { listTeamMembers, type TeamMemberView } from '../../../storage/team';
import { useSettings } from '../settings/use-settings';
import { CompetencyPage } from './CompetencyPage';
import { CompetencyTable } from './CompetencyTable';
import { PeopleTable } from './PeopleTable';
import { PersonPage } from './PersonPage';
import { SelfReported } from './SelfReported';
import { TeamImport } from './TeamImport';
import './team.css';
import { errorText } from '../../../components/error-text';

/**
 * The manager's view of the share bundles their team sent (#/team), a person's page
 * (#/team?person=<learnerId>) and a competency's team page (#/team?competency=<key>).
 * Everything shown came from someone else's file: it is rendered as text, HTML sanitized again.
 */
export function TeamView({ params }: { params: URLSearchParams }) {
  const members = useLiveQuery(() => listTeamMembers(), []);
  const settings = useSettings();
  const readable = members.status === 'ready' ? members.value : [];
  const competencies = useMemo(() => teamCompetencies(withBundles(readable)), [readable]);
  if (members.status === 'error') return <p role="alert">{errorText(members.error)}</p>;
  if (members.status === 'loading' || !settings) return null;

  const person = params.get('person');
  if (person !== null) {
    const member = readable.find((candidate) => candidate.learnerId === person);
    return <PersonPage member={member} weekStart={settings.weekStart} managerName={settings.displayName} />;
  }
  const key = params.get('competency');
  if (key !== null) return <CompetencyPage competency={competencies.find((candidate) => candidate.key === key)} />;
  return (
    <div class="team">
      <h1>{t('journalNavTeam')}</h1>
      <SelfReported />
      <TeamImport />
      <PeopleTable members={readable} />
      <CompetencyTable competencies={competencies} />
    </div>
  );
}

function withBundles(members: TeamMemberView[]) {
  return members.flatMap(({ learnerId, displayName, bundle }) => (bundle ? [{ learnerId, displayName, bundle }] : []));
}
