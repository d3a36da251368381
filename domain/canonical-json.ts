/**
 * Canonical JSON for the full-journal file: the same data always gives the same bytes, so an
 * export, imported into an empty journal and exported again, is byte-for-byte the file it came
 * from (and two records can be compared by their text). Object keys are sorted by code unit at
 * every level; array order is kept (callers sort records by id first); `undefined` properties
 * are left out, as `JSON.stringify` does.
 */

/** `value` as compact JSON with every object's keys in code-unit order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys);
}

function sortKeys(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  // No prototype: a key named `__proto__` stays a plain key instead of reaching a setter.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** Sorts records by a string key in code-unit order (not locale order, which varies by browser). */
export function byKey<T>(keyOf: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const left = keyOf(a);
    const right = keyOf(b);
    return left < right ? -1 : left > right ? 1 : 0;
  };
}
