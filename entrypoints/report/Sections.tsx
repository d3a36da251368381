/** The report's lists: competencies, applied items with evidence, reflections, items still to apply. */
import { t } from '../../components/i18n';
import { safeLinkTarget } from '../../domain/report-markdown';
import type { CompetencyCount } from '../../domain/summary';
import { dayKey } from '../../domain/time';
import type { Entry, Reflection } from '../../storage/schemas';
import { shortDay } from './format';

/** A title linking to its page only when the URL is http(s): stored URLs came from pages. */
function EntryTitle({ entry }: { entry: Entry }) {
  const title = entry.title || t('reportUntitled');
  const href = safeLinkTarget(entry.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}

export function Competencies({ items }: { items: CompetencyCount[] }) {
  return (
    <section aria-labelledby="competencies-heading">
      <h2 id="competencies-heading">{t('reportCompetencies')}</h2>
      {items.length === 0 ? (
        <p class="empty">{t('reportNoCompetencies')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportCompetency')}</th>
              <th scope="col">{t('reportTimesTouched')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                <td>{item.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Applied({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  return (
    <section aria-labelledby="applied-heading">
      <h2 id="applied-heading">{t('reportApplied')}</h2>
      {entries.length === 0 && <p class="empty">{t('reportNoApplied')}</p>}
      <ul class="items">
        {entries.map((entry) => {
          const evidenceLink = safeLinkTarget(entry.applied?.link ?? '');
          return (
            <li key={entry.id}>
              <EntryTitle entry={entry} /> <span class="muted">{entry.applied && shortDay(dayKey(entry.applied.at, timeZone))}</span>
              {(entry.applied?.evidence || evidenceLink) && (
                <p class="evidence">
                  <span class="muted">{t('reportEvidence')}:</span> {entry.applied?.evidence}{' '}
                  {evidenceLink && (
                    <a href={evidenceLink} target="_blank" rel="noopener noreferrer">
                      {evidenceLink}
                    </a>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Reflections({ reflections }: { reflections: Reflection[] }) {
  return (
    <section aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">{t('reportReflections')}</h2>
      {reflections.length === 0 && <p class="empty">{t('reportNoReflections')}</p>}
      {reflections.map((reflection) => (
        <article key={reflection.id} class="reflection">
          <h3>{shortDay(reflection.dayKey)}</h3>
          <dl>
            {(
              [
                ['reportLearned', reflection.learned],
                ['reportDidntWork', reflection.didntWork],
                ['reportTryNext', reflection.tryNext],
              ] as const
            )
              .filter(([, text]) => text.trim())
              .map(([label, text]) => (
                <div key={label}>
                  <dt>{t(label)}</dt>
                  <dd>{text}</dd>
                </div>
              ))}
          </dl>
        </article>
      ))}
    </section>
  );
}

export function ToApply({ entries }: { entries: Entry[] }) {
  return (
    <section aria-labelledby="to-apply-heading">
      <h2 id="to-apply-heading">{t('reportToApply')}</h2>
      {entries.length === 0 && <p class="empty">{t('reportNoToApply')}</p>}
      <ul class="items">
        {entries.map((entry) => (
          <li key={entry.id}>
            <EntryTitle entry={entry} />
            <p class="evidence">
              <span class="muted">{t('reportPlan')}:</span> {entry.applyPlan}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
