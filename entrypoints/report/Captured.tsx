/** What was captured this week, day by day: each item's kind, title (opening it in the journal) and site. */
import { browser } from 'wxt/browser';
import { kindLabel } from '../../components/entry-labels';
import { hostOf } from '../../components/format';
import { t } from '../../components/i18n';
import { KindIcon } from '../../components/KindIcon';
import { entryTitle } from '../../domain/entry-title';
import type { Entry } from '../../storage/schemas';
import { shortDay } from './format';

export function Captured({ entries }: { entries: Entry[] }) {
  const days = new Map<string, Entry[]>();
  for (const entry of entries) days.set(entry.dayKey, [...(days.get(entry.dayKey) ?? []), entry]);
  const journal = browser.runtime.getURL('/journal.html');
  return (
    <section aria-labelledby="captured-heading">
      <h2 id="captured-heading">{t('reportCaptured')}</h2>
      {entries.length === 0 && <p class="empty">{t('reportNoCaptured')}</p>}
      {[...days].map(([day, items]) => (
        <div key={day} class="captured-day">
          <h3>{shortDay(day)}</h3>
          <ul class="captured-list">
            {items.map((entry) => (
              <li key={entry.id}>
                <span class="captured-kind">
                  <KindIcon kind={entry.kind} />
                  {kindLabel(entry.kind)}
                </span>
                <a href={`${journal}#/entry/${encodeURIComponent(entry.id)}`}>{entryTitle(entry) || t('reportUntitled')}</a>
                {hostOf(entry.url) && <span class="muted"> · {hostOf(entry.url)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
