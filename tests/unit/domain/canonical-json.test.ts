import { describe, expect, it } from 'vitest';
import { byKey, canonicalJson } from '../../../domain/canonical-json';

describe('canonicalJson', () => {
  it.each([
    ['sorts keys at every level', { b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } }, '{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}'],
    ['keeps array order', { list: [3, 1, 2] }, '{"list":[3,1,2]}'],
    ['leaves out undefined properties', { a: undefined, b: null }, '{"b":null}'],
    ['sorts by code unit, not locale', { é: 1, z: 2, Z: 3 }, '{"Z":3,"z":2,"é":1}'],
    ['escapes line separators the same way every time', { s: 'a\u2028b"' }, '{"s":"a\u2028b\\""}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order the keys were set in', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('byKey', () => {
  it('orders by code unit', () => {
    expect(['b', 'B', 'a', 'é'].map((id) => ({ id })).sort(byKey((r) => r.id))).toEqual([
      { id: 'B' },
      { id: 'a' },
      { id: 'b' },
      { id: 'é' },
    ]);
  });
});
