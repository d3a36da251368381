import { t } from '../../../components/i18n';
import type { SharedReflection, TeamComment } from '../../../storage/exchange-schemas';
import { CommentThread } from './CommentThread';
import { formatDayKey } from './team-format';

interface Props {
  learnerId: string;
  days: { day: string; reflections: SharedReflection[] }[];
  competencyNames: Map<string, string>;
  comments: TeamComment[];
}

/** The reflections the person chose to share, by day, newest first, each open to a comment. */
export function SharedReflections({ learnerId, days, competencyNames, comments }: Props) {
  return (
    <section aria-labelledby="team-reflections-heading">
      <h2 id="team-reflections-heading">{t('teamReflectionsHeading')}</h2>
      {days.length === 0 && <p class="muted">{t('teamNoReflections')}</p>}
      {days.map(({ day, reflections }) => (
        <section key={day} aria-labelledby={`team-day-${day}`}>
          <h3 id={`team-day-${day}`}>
            <time dateTime={day}>{formatDayKey(day)}</time>
          </h3>
          <ul class="shared-list">
            {reflections.map((reflection, index) => {
              const competency = reflection.competencyId === undefined ? undefined : competencyNames.get(reflection.competencyId);
              const about = `${t('teamReflectionsHeading')}, ${formatDayKey(day)}${reflections.length > 1 ? ` (${index + 1})` : ''}`;
              return (
                <li key={reflection.id} class="shared-reflection" data-reflection-id={reflection.id}>
                  <dl class="shared-fields">
                    <Field label={t('reflectionLearnedLabel')} text={reflection.learned} />
                    <Field label={t('reflectionDidntWorkLabel')} text={reflection.didntWork} />
                    <Field label={t('reflectionTryNextLabel')} text={reflection.tryNext} />
                    <Field label={t('teamColCompetency')} text={competency} />
                  </dl>
                  <CommentThread
                    learnerId={learnerId}
                    target={{ type: 'reflection', id: reflection.id }}
                    about={about}
                    comments={comments}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

function Field({ label, text }: { label: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd class="plain-text">{text}</dd>
    </>
  );
}
