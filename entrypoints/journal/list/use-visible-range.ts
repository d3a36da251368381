import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Rows rendered beyond each edge of the viewport, so a quick scroll does not show gaps. */
const OVERSCAN = 6;

export interface VisibleRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Which rows of a list of `total` fixed-height rows are in (or near) the viewport. The page
 * itself scrolls (no inner scroll box), so keyboard, find-in-page scrolling and the scroll bar
 * behave as on any page; only the rows in range are in the DOM.
 */
export function useVisibleRange(total: number, rowHeight: number) {
  const listRef = useRef<HTMLOListElement>(null);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      const top = listRef.current?.getBoundingClientRect().top ?? 0;
      const first = Math.max(0, Math.floor(-top / rowHeight));
      const visible = Math.ceil((window.innerHeight || 800) / rowHeight) + 1;
      const start = Math.min(total, Math.max(0, first - OVERSCAN));
      const end = Math.min(total, first + visible + OVERSCAN);
      setRange((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [total, rowHeight]);
  return { listRef, ...range };
}

/** Scrolls the page the least needed to show row `index` whole (for j/k). */
export function scrollRowIntoView(list: HTMLElement, index: number, rowHeight: number): void {
  const rowTop = list.getBoundingClientRect().top + window.scrollY + index * rowHeight;
  const margin = rowHeight / 2;
  if (rowTop < window.scrollY + margin) window.scrollTo({ top: Math.max(0, rowTop - margin) });
  else if (rowTop + rowHeight > window.scrollY + window.innerHeight - margin) {
    window.scrollTo({ top: rowTop + rowHeight - window.innerHeight + margin });
  }
}
