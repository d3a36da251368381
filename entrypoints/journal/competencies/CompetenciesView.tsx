import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { addCompetency, countUses, listCompetencies, seedStarterFramework } from '../../../storage/competencies';
import type { Competency } from '../../../storage/schemas';
import { ApplicationRate } from '../entry/ApplicationRate';
import '../entry/entry.css';
import './competencies.css';
import { errorText } from '../../../components/error-text';
import { CompetencyForm } from './CompetencyForm';
import { CompetencyItem } from './CompetencyItem';
import { FrameworkFile } from './FrameworkFile';
import { SiteRules } from './SiteRules';

interface Row {
  competency: Competency;
  uses: number;
}

/** Competencies with how often each is used (live: tagging an entry updates the counts). */
async function readRows(): Promise<Row[]> {
  const competencies = await listCompetencies();
  const uses = await Promise.all(competencies.map((competency) => countUses(competency.id)));
  return competencies.map((competency, index) => ({ competency, uses: uses[index] ?? 0 }));
}

/** Rows grouped by category, categories in order, uncategorised last. */
export function groupByCategory<T extends { competency: Competency }>(rows: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.competency.category;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

/** The competency framework: grouped list, add, edit, archive, delete, site rules, file. */
export function CompetenciesView(_props: { params: URLSearchParams }) {
  const [message, setMessage] = useState('');
  const rows = useLiveQuery(readRows, []);

  useEffect(() => {
    document.title = t('competencyPageTitle');
    seedStarterFramework(Date.now()).catch((error: unknown) => setMessage(errorText(error)));
  }, []);

  const all = rows.status === 'ready' ? rows.value : [];
  const categories = [...new Set(all.map((row) => row.competency.category).filter(Boolean))].sort();

  return (
    <div class="competencies-page">
      <h1>{t('journalNavCompetencies')}</h1>
      <ApplicationRate />
      <p role="status" class="ok">
        {message}
      </p>
      {rows.status === 'loading' && <p class="muted">{t('journalLoading')}</p>}
      {rows.status === 'error' && (
        <p class="error" role="alert">
          {t('journalLoadFailed', errorText(rows.error))}
        </p>
      )}
      {rows.status === 'ready' && all.length === 0 && <p class="muted">{t('competencyEmpty')}</p>}
      {groupByCategory(all).map(([category, group]) => (
        <section key={category} class="competency-group" aria-labelledby={`category-${category || 'none'}`}>
          <h2 id={`category-${category || 'none'}`}>{category || t('competencyNoCategory')}</h2>
          <ul class="competency-list">
            {group.map((row) => (
              <CompetencyItem
                key={row.competency.id}
                competency={row.competency}
                uses={row.uses}
                categories={categories}
                onMessage={setMessage}
              />
            ))}
          </ul>
        </section>
      ))}
      <section class="competency-add" aria-labelledby="competency-add-heading">
        <h2 id="competency-add-heading">{t('competencyAddHeading')}</h2>
        <CompetencyForm
          idPrefix="new-competency"
          categories={categories}
          submitLabel={t('competencyAdd')}
          onSubmit={async (draft) => {
            try {
              await addCompetency(draft, Date.now());
              setMessage(t('competencyAddedDone', draft.name.trim()));
              return undefined;
            } catch (error) {
              return errorText(error);
            }
          }}
        />
      </section>
      <SiteRules competencies={all.map((row) => row.competency)} />
      <FrameworkFile />
    </div>
  );
}
