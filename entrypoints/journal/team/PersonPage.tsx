import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { rollUpPerson } from '../../../domain/team-rollups';
import type { ShareBundle, ShareKind, TeamComment } from '../../../storage/exchange-schemas';
import type { TeamMemberView } from '../../../storage/team';
import { listTeamComments } from '../../../storage/team-comments';
import { AppliedList } from './AppliedList';
import { CommentThread } from './CommentThread';
import { CompetencyActivityTable } from './CompetencyActivityTable';
import { FeedbackExport } from './FeedbackExport';
import { PersonFigures } from './PersonFigures';
import { SelfReported } from './SelfReported';
import { SharedEntryItem } from './SharedEntryItem';
import { SharedReflections } from './SharedReflections';
import { SharedSprints } from './SharedSprints';
import { periodText, teamHash } from './team-format';
import { WeekChart } from './WeekChart';

const KIND_KEYS = {
  clips: 'teamKindClips',
  notes: 'teamKindNotes',
  reflections: 'teamKindReflections',
  sprints: 'teamKindSprints',
} as const;

interface Props {
  member: TeamMemberView | undefined;
  weekStart: number;
  managerName: string;
}

/** One teammate's share: rollups, applied evidence, every shared item with comments, and the feedback file. */
export function PersonPage({ member, weekStart, managerName }: Props) {
  const comments = useLiveQuery(() => listTeamComments(member?.learnerId ?? ''), [member?.learnerId]);
  const bundle = member?.bundle;
  if (!member || !bundle) {
    return (
      <div class="team">
        <a href={teamHash()}>{t('teamBack')}</a>
        <p role="alert">{member ? t('teamUnreadable') : t('teamPersonNotFound')}</p>
      </div>
    );
  }
  const name = member.displayName || member.learnerId;
  return (
    <div class="team team-person">
      <a href={teamHash()}>{t('teamBack')}</a>
      <h1>{name}</h1>
      <p>{periodText(bundle.period)}</p>
      <SelfReported />
      <NotShared kinds={bundle.options.kinds} />
      <PersonBody bundle={bundle} weekStart={weekStart} comments={comments.status === 'ready' ? comments.value : []} />
      <FeedbackExport learnerId={member.learnerId} displayName={name} managerName={managerName} />
    </div>
  );
}

function NotShared({ kinds }: { kinds: ShareKind[] }) {
  const missing = (Object.keys(KIND_KEYS) as ShareKind[]).filter((kind) => !kinds.includes(kind));
  if (missing.length === 0) return null;
  return <p class="hint">{t('teamNotInShare', missing.map((kind) => t(KIND_KEYS[kind])).join(', '))}</p>;
}

function PersonBody({ bundle, weekStart, comments }: { bundle: ShareBundle; weekStart: number; comments: TeamComment[] }) {
  const rollup = useMemo(() => rollUpPerson(bundle, weekStart), [bundle, weekStart]);
  const names = useMemo(() => new Map(bundle.competencies.map((c) => [c.id, c.name])), [bundle]);
  const learnerId = bundle.learner.id;
  const entries = useMemo(() => [...bundle.entries].sort((a, b) => b.createdAt - a.createdAt), [bundle]);
  const known = new Set([...bundle.entries, ...bundle.sprints, ...bundle.reflections].map((item) => item.id));
  const orphans = comments.filter((comment) => comment.target.type !== 'period' && !known.has(comment.target.id));
  return (
    <>
      <PersonFigures rollup={rollup} reflections={bundle.reflections.length} />
      <WeekChart weeks={rollup.weeks} />
      <section aria-labelledby="team-applied-heading">
        <h2 id="team-applied-heading">{t('teamAppliedHeading')}</h2>
        <AppliedList entries={rollup.applied} />
      </section>
      <CompetencyActivityTable rows={rollup.competencies} />
      <section aria-labelledby="team-captures-heading">
        <h2 id="team-captures-heading">{t('teamCapturesHeading')}</h2>
        {entries.length === 0 && <p class="muted">{t('teamNoCaptures')}</p>}
        {entries.map((entry) => (
          <SharedEntryItem key={entry.id} entry={entry} competencyNames={names}>
            <CommentThread
              learnerId={learnerId}
              target={{ type: 'entry', id: entry.id }}
              about={entry.title || t('teamUntitled')}
              comments={comments}
            />
          </SharedEntryItem>
        ))}
      </section>
      <SharedSprints learnerId={learnerId} sprints={bundle.sprints} competencyNames={names} comments={comments} />
      <SharedReflections learnerId={learnerId} days={rollup.reflectionsByDay} competencyNames={names} comments={comments} />
      <section aria-labelledby="team-period-heading">
        <h2 id="team-period-heading">{t('teamPeriodFeedbackHeading')}</h2>
        <CommentThread learnerId={learnerId} target={{ type: 'period' }} about={t('teamCommentWhole')} comments={comments} />
        {orphans.length > 0 && (
          <>
            <h3>{t('teamOrphanHeading')}</h3>
            <ul class="comment-list">
              {orphans.map((comment) => (
                <li key={comment.id} class="comment plain-text">
                  {comment.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
