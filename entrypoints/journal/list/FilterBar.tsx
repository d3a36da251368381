import { kindLabel } from '../../../components/entry-labels';
import { useLiveQuery } from '../../../components/hooks/use-live-query';
import { t } from '../../../components/i18n';
import { competencyNames, facetCounts, type ListFilters } from '../../../storage/entry-queries';
import type { EntryKind } from '../../../storage/schemas';
import { hasFilters } from './list-state';

const KINDS: readonly EntryKind[] = ['article', 'selection', 'link', 'note'];

/**
 * Kind, tag, competency, applied and date filters. They combine (all must hold); each option
 * shows how many entries it would match on its own, counted from the indexes once `isCounting`
 * (counting walks the indexes: in a large journal it would hold back the list's first rows).
 */
export function FilterBar({
  filters,
  onChange,
  isCounting = true,
}: {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  isCounting?: boolean;
}) {
  const facets = useLiveQuery(async () => {
    if (!isCounting) return undefined;
    const counts = await facetCounts();
    const names = await competencyNames(counts.competencies.map(([id]) => id));
    return { counts, names };
  }, [isCounting]);
  const counts = facets.status === 'ready' ? facets.value?.counts : undefined;
  const names = facets.status === 'ready' && facets.value ? facets.value.names : new Map<string, string>();
  const set = (change: Partial<ListFilters>) => onChange(withoutEmpty({ ...filters, ...change }));
  const option = (name: string, count: number | undefined) =>
    count === undefined ? name : t('filterOption', name, count.toLocaleString());

  return (
    <fieldset class="filter-bar">
      <legend class="visually-hidden">{t('filterGroup')}</legend>
      <label>
        {t('filterKind')}
        <select
          value={filters.kind ?? ''}
          onChange={(event) => set({ kind: (event.currentTarget.value || undefined) as EntryKind | undefined })}
        >
          <option value="">{option(t('filterKindAll'), counts?.total)}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {option(kindLabel(kind), counts?.kinds[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterTag')}
        <select value={filters.tag ?? ''} onChange={(event) => set({ tag: event.currentTarget.value || undefined })}>
          <option value="">{t('filterTagAll')}</option>
          {withSelected(counts?.tags ?? [], filters.tag).map(([tag, count]) => (
            <option key={tag} value={tag}>
              {option(tag, count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterCompetency')}
        <select value={filters.competencyId ?? ''} onChange={(event) => set({ competencyId: event.currentTarget.value || undefined })}>
          <option value="">{t('filterCompetencyAll')}</option>
          {withSelected(counts?.competencies ?? [], filters.competencyId).map(([id, count]) => (
            <option key={id} value={id}>
              {option(names.get(id) ?? id, count)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterApplied')}
        <select
          value={filters.applied ?? ''}
          onChange={(event) => set({ applied: (event.currentTarget.value || undefined) as ListFilters['applied'] })}
        >
          <option value="">{t('filterAppliedAll')}</option>
          <option value="yes">{t('filterAppliedYes', (counts?.applied ?? 0).toLocaleString())}</option>
          <option value="no">{t('filterAppliedNo', ((counts?.total ?? 0) - (counts?.applied ?? 0)).toLocaleString())}</option>
        </select>
      </label>
      <label>
        {t('filterFrom')}
        <input
          type="date"
          value={toDateInput(filters.from)}
          onChange={(event) => set({ from: fromDateInput(event.currentTarget.value, 'start') })}
        />
      </label>
      <label>
        {t('filterTo')}
        <input
          type="date"
          value={toDateInput(filters.to)}
          onChange={(event) => set({ to: fromDateInput(event.currentTarget.value, 'end') })}
        />
      </label>
      {hasFilters(filters) && (
        <button type="button" class="filter-clear" onClick={() => onChange({})}>
          {t('filterClear')}
        </button>
      )}
    </fieldset>
  );
}

/** The chosen value stays listed even when its count is not loaded yet (or it fell off the list). */
function withSelected(values: [string, number][], selected: string | undefined): [string, number | undefined][] {
  if (!selected || values.some(([value]) => value === selected)) return values;
  return [[selected, undefined], ...values];
}

function withoutEmpty(filters: ListFilters): ListFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as ListFilters;
}

/** The local day of `epochMs` as an `<input type="date">` value. */
function toDateInput(epochMs: number | undefined): string {
  if (epochMs === undefined) return '';
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first or last millisecond of a local day picked in a date field. */
function fromDateInput(value: string, edge: 'start' | 'end'): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  return edge === 'start' ? new Date(year, month, day).getTime() : new Date(year, month, day + 1).getTime() - 1;
}
