import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Runs `query` as a Dexie live query: the result updates whenever the rows it read change,
 * including writes made by the service worker or another page (Dexie broadcasts them).
 * `deps` re-subscribe the query, like `useEffect` (the caller lists what the query reads).
 * `beforePaint` subscribes as soon as the component renders instead of after the next paint
 * (a frame or more later), for a figure that should appear as early as it can.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], options: { beforePaint?: boolean } = {}): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  // Fixed per call site, so the hook order never changes between renders.
  const useSubscription = options.beforePaint ? useLayoutEffect : useEffect;
  useSubscription(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
