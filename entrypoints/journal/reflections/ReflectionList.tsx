import { t } from '../../../components/i18n';
import type { Competency, Reflection } from '../../../storage/schemas';

/** Reflections grouped by day, newest day first (the list arrives sorted). */
export function ReflectionList({ reflections, competencies }: { reflections: Reflection[]; competencies: Competency[] }) {
  const names = new Map(competencies.map((competency) => [competency.id, competency.name]));
  const days: { dayKey: string; items: Reflection[] }[] = [];
  for (const reflection of reflections) {
    const last = days.at(-1);
    if (last?.dayKey === reflection.dayKey) last.items.push(reflection);
    else days.push({ dayKey: reflection.dayKey, items: [reflection] });
  }
  return (
    <div class="reflection-days">
      {days.map(({ dayKey, items }) => (
        <section key={dayKey} aria-labelledby={`day-${dayKey}`}>
          <h2 id={`day-${dayKey}`} class="reflection-day">
            <time dateTime={dayKey}>{formatDayKey(dayKey)}</time>
          </h2>
          <ul class="reflection-list">
            {items.map((reflection) => (
              <li key={reflection.id} class="reflection-card" data-reflection-id={reflection.id}>
                <dl>
                  <Field label={t('reflectionLearnedLabel')} text={reflection.learned} />
                  <Field label={t('reflectionDidntWorkLabel')} text={reflection.didntWork} />
                  <Field label={t('reflectionTryNextLabel')} text={reflection.tryNext} />
                  {reflection.competencyId && (
                    <Field
                      label={t('reflectionCompetencyLabel')}
                      text={names.get(reflection.competencyId) ?? t('reflectionUnknownCompetency')}
                    />
                  )}
                </dl>
                <a href={`#/reflections?edit=${encodeURIComponent(reflection.id)}`} class="button">
                  {t('reflectionEdit')}
                  <span class="visually-hidden"> {formatDayKey(dayKey)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Saturday, 21 November 2026" for `2026-11-21` (a calendar day, so read it in UTC). */
function formatDayKey(dayKey: string): string {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  return dayFormat.format(Date.UTC(year, month - 1, day));
}
