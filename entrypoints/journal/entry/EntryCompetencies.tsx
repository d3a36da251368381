import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { listCompetencies, seedStarterFramework } from '../../../storage/competencies';
import { setEntryDetails } from '../../../storage/entries';
import type { Competency, Entry } from '../../../storage/schemas';
import { suggestForEntry } from '../../../storage/suggestions';
import { Combobox, type ComboOption } from './Combobox';
import './entry.css';
import { errorText } from '../../../components/error-text';

const MAX_OPTIONS = 8;

/** Competencies not on the entry and not archived whose name or category contains `query`. */
export function competencyOptions(all: readonly Competency[], taken: readonly string[], query: string): ComboOption[] {
  const needle = query.trim().toLowerCase();
  return all
    .filter((competency) => !competency.archived && !taken.includes(competency.id))
    .filter((competency) => !needle || `${competency.name} ${competency.category}`.toLowerCase().includes(needle))
    .slice(0, MAX_OPTIONS)
    .map((competency) => ({
      value: competency.id,
      label: competency.category ? `${competency.name} (${competency.category})` : competency.name,
    }));
}

/** The entry's competencies: chips to remove, a field with completions to add, and suggestions. */
export function EntryCompetencies({ entry }: { entry: Entry }) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const competencies = useLiveQuery(() => listCompetencies(), []);
  // Re-suggest when the entry's text, tags or competencies change (live: the framework and rules too).
  const suggestions = useLiveQuery(() => suggestForEntry(entry), [entry.id, entry.updatedAt, entry.competencyIds.join()]);
  useEffect(() => {
    seedStarterFramework(Date.now()).catch(() => undefined);
  }, []);

  const all = competencies.status === 'ready' ? competencies.value : [];
  const byId = new Map(all.map((competency) => [competency.id, competency]));

  const save = async (ids: string[], done: string) => {
    try {
      await setEntryDetails(entry.id, { competencyIds: ids }, Date.now());
      setMessage(done);
    } catch (error) {
      setMessage(t('entryCompetencySaveFailed', errorText(error)));
    }
  };
  const add = (id: string) => save([...entry.competencyIds, id], t('entryCompetencyAdded', byId.get(id)?.name ?? ''));
  const remove = (id: string) =>
    save(
      entry.competencyIds.filter((other) => other !== id),
      t('entryCompetencyRemoved', byId.get(id)?.name ?? ''),
    );

  return (
    <section class="entry-competencies" aria-labelledby="entry-competencies-heading">
      <h2 id="entry-competencies-heading">{t('entryCompetenciesHeading')}</h2>
      {entry.competencyIds.length === 0 ? (
        <p class="muted">{t('entryNoCompetencies')}</p>
      ) : (
        <ul class="chips" aria-label={t('entryCompetenciesHeading')}>
          {entry.competencyIds.map((id) => {
            const name = byId.get(id)?.name ?? t('entryUnknownCompetency');
            return (
              <li key={id} class="chip competency-chip">
                {name}
                <button type="button" class="chip-remove" aria-label={t('entryRemoveCompetency', name)} onClick={() => remove(id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label for="entry-competency-input">{t('entryAddCompetencyLabel')}</label>
      <Combobox
        id="entry-competency-input"
        value={query}
        onInput={setQuery}
        options={competencyOptions(all, entry.competencyIds, query)}
        onPick={(option) => {
          setQuery('');
          void add(option.value);
        }}
        describedBy="entry-competency-hint"
      />
      <p id="entry-competency-hint" class="hint">
        {t('entryAddCompetencyHint')}
      </p>
      {suggestions.status === 'ready' && suggestions.value.length > 0 && (
        <div class="suggestions">
          <h3 id="entry-suggestions-heading">{t('suggestHeading')}</h3>
          <ul class="chips" aria-labelledby="entry-suggestions-heading">
            {suggestions.value.map((suggestion) => (
              <li key={suggestion.competencyId}>
                <button type="button" class="chip suggestion" onClick={() => add(suggestion.competencyId)}>
                  {t('suggestAccept', suggestion.name)}
                </button>
                <span class="hint suggestion-why">
                  {suggestion.isFromSiteRule ? t('suggestWhySite') : t('suggestWhyKeywords', suggestion.matched.slice(0, 3).join(', '))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="ok">
        {message}
      </p>
    </section>
  );
}
