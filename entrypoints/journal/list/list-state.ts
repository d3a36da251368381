import { useState } from 'preact/hooks';
import type { ListFilters } from '../../../storage/entry-queries';

/** What the learner asked the list for; kept while the reader is open so "back" returns to it. */
export interface ListState {
  search: string;
  filters: ListFilters;
  /** Window scroll position to restore when the list shows again. */
  scrollY: number;
}

// Module scope outlives the list component, which unmounts while an entry is open.
let remembered: ListState = { search: '', filters: {}, scrollY: 0 };

/** The list's search and filters, remembered across visits to the reader within this page. */
export function useListState(): [ListState, (change: Partial<ListState>) => void] {
  const [state, setState] = useState(remembered);
  const update = (change: Partial<ListState>) => {
    remembered = { ...remembered, ...change };
    setState(remembered);
  };
  return [state, update];
}

/** Notes the scroll position without re-rendering. */
export function rememberScroll(scrollY: number): void {
  remembered = { ...remembered, scrollY };
}

/** For tests: forget what an earlier render asked for. */
export function resetListState(): void {
  remembered = { search: '', filters: {}, scrollY: 0 };
}

export function hasFilters(filters: ListFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== '');
}
