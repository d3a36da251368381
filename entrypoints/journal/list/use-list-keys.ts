import { useEffect, useRef } from 'preact/hooks';

export interface ListKeyActions {
  focusSearch: () => void;
  move: (delta: 1 | -1) => void;
  /** Esc outside a field: returns true when it did something (cleared the search). */
  escape: () => boolean;
}

/**
 * The list's keys: `/` goes to the search field, `j`/`k` to the next/previous entry, Esc clears
 * the search. Keys typed into a field belong to the field; Enter on a focused entry is the
 * link's own behaviour.
 */
export function useListKeys(actions: ListKeyActions): void {
  // The latest actions without re-binding the listener on every render.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isFormField(event.target)) return;
      if (event.key === '/') latest.current.focusSearch();
      else if (event.key === 'j') latest.current.move(1);
      else if (event.key === 'k') latest.current.move(-1);
      else if (event.key !== 'Escape' || !latest.current.escape()) return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);
}
