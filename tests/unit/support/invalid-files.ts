/**
 * fast-check generators of files that must be refused, derived from one valid file of a kind.
 * Every generator produces only invalid files, whatever the random choices: each mutation
 * breaks a rule that all our strict file schemas share (no unknown keys, no other types, ids
 * are UUIDs, timestamps are non-negative integers, ids are unique), so "refused" is always the
 * right answer and a test can demand it.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in `value` (the root is `[]`), in document order. */
export function pathsOf(value: Json, path: Path = []): Path[] {
  const paths: Path[] = [path];
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((child, index) => [index, child])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) paths.push(...pathsOf(child, [...path, key]));
  return paths;
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, value);
}

/** A deep copy of `root` with the value at `path` replaced (or removed when `next` is undefined). */
function setAt(root: Json, path: Path, next: Json | undefined): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return next ?? null;
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  if (next === undefined) delete parent[key];
  else parent[key] = next;
  return copy;
}

const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A value of any JSON type other than `value`'s. */
function otherType(value: Json, pick: number): Json {
  const options: Json[] = [null, true, 42, 'text', [1], { unexpected: 1 }].filter((other) => typeOf(other) !== typeOf(value));
  return options[pick % options.length] as Json;
}

/** Keys every schema of ours requires wherever they appear. */
const REQUIRED_KEYS = new Set(['id', 'createdAt', 'dayKey', 'kind', 'schemaVersion']);
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export interface InvalidFileOptions {
  /** A valid file of the kind under test, as parsed JSON. */
  valid: Json;
  /** Its current `schemaVersion`. */
  version: number;
}

/** Named generators of invalid file texts; `weights` say how many runs each gets. */
export function invalidFiles({ valid, version }: InvalidFileOptions) {
  const text = JSON.stringify(valid);
  const paths = pathsOf(valid);
  const path = fc.constantFrom(...paths);
  const objectPaths = paths.filter((p) => typeOf(get(valid, p)) === 'object');
  const stringPaths = paths.filter((p) => typeof get(valid, p) === 'string');
  const numberPaths = paths.filter((p) => typeof get(valid, p) === 'number' && p.at(-1) !== 'schemaVersion');
  const idPaths = stringPaths.filter((p) => /(^id|Id)$/.test(String(p.at(-1))));
  const requiredPaths = paths.filter((p) => REQUIRED_KEYS.has(String(p.at(-1))));
  const arraysWithIds = paths.filter((p) => {
    const node = get(valid, p);
    return Array.isArray(node) && node.some((item) => typeOf(item) === 'object' && 'id' in (item as object));
  });
  const json = (value: Json) => JSON.stringify(value);

  return {
    notJson: fc
      .oneof(
        fc.string(),
        fc.string().map((s) => `{${s}`),
        fc.uint8Array().map((bytes) => String.fromCharCode(...bytes)),
      )
      .filter((candidate) => {
        try {
          JSON.parse(candidate);
          return false;
        } catch {
          return true;
        }
      }),
    truncated: fc.integer({ min: 0, max: text.length - 1 }).map((end) => text.slice(0, end)),
    otherJson: fc.jsonValue({ maxDepth: 3 }).map((value) => json(value as Json)),
    wrongType: fc.tuple(path, fc.nat()).map(([at, pick]) => json(setAt(valid, at, otherType(get(valid, at), pick)))),
    unknownKey: fc.tuple(fc.constantFrom(...objectPaths), fc.string({ minLength: 1, maxLength: 12 })).map(([at, key]) => {
      const node = get(valid, at) as Record<string, Json>;
      const name = key in node ? `${key}_extra` : key;
      return json(setAt(valid, [...at, name], 'surprise'));
    }),
    missingKey: fc.constantFrom(...requiredPaths).map((at) => json(setAt(valid, at, undefined))),
    badId: fc
      .tuple(fc.constantFrom(...idPaths), fc.constantFrom('', 'not-a-uuid', '../../etc/passwd', '<script>'))
      .map(([at, bad]) => json(setAt(valid, at, bad))),
    badNumber: fc
      .tuple(fc.constantFrom(...numberPaths), fc.constantFrom(-1, 0.5, -1e300, 2 ** 60 + 0.5))
      .map(([at, bad]) => json(setAt(valid, at, bad))),
    hugeString: fc
      .tuple(fc.constantFrom(...stringPaths), fc.constantFrom(4_000_001, 6_000_000))
      .map(([at, length]) => json(setAt(valid, at, 'x'.repeat(length)))),
    deepNesting: fc.tuple(path, fc.integer({ min: 50, max: 20_000 })).map(([at, depth]) => {
      const marker = '"__DEEP__"';
      return json(setAt(valid, at, '__DEEP__')).replace(marker, `${'['.repeat(depth)}${']'.repeat(depth)}`);
    }),
    forbiddenKey: fc.tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...FORBIDDEN_KEYS)).map(([at, key]) => {
      // A JSON text with the key as an own property; `{ __proto__: … }` in code would set the prototype.
      const marker = '"__FORBIDDEN__":1';
      const withMarker = json(setAt(valid, [...at, '__FORBIDDEN__'], 1));
      return withMarker.replace(marker, `"${key}":{"polluted":true}`);
    }),
    duplicateId: fc.constantFrom(...arraysWithIds).map((at) => {
      const items = get(valid, at) as Json[];
      const withId = items.find((item) => typeOf(item) === 'object' && 'id' in (item as object)) as Json;
      return json(setAt(valid, at, [...items, structuredClone(withId)]));
    }),
    futureVersion: fc.integer({ min: version + 1, max: version + 1_000 }).map((next) => json(setAt(valid, ['schemaVersion'], next))),
  };
}

export type InvalidFileKind = keyof ReturnType<typeof invalidFiles>;

/** Runs per generator; together a little over 1,250 files per kind of file. */
export const RUNS: Record<InvalidFileKind, number> = {
  notJson: 150,
  truncated: 150,
  otherJson: 100,
  wrongType: 200,
  unknownKey: 150,
  missingKey: 100,
  badId: 100,
  badNumber: 100,
  hugeString: 10,
  deepNesting: 40,
  forbiddenKey: 100,
  duplicateId: 50,
  futureVersion: 60,
};
