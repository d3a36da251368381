import { describe, expect, it } from 'vitest';
import { entryHash, parseRoute } from '../../../entrypoints/journal/route';

describe('parseRoute', () => {
  it.each([
    ['', { view: 'list' }],
    ['#/', { view: 'list' }],
    ['#/entry/', { view: 'list' }],
    ['#/entry/abc', { view: 'entry', id: 'abc', edit: false }],
    ['#/entry/abc?edit=1', { view: 'entry', id: 'abc', edit: true }],
    ['#/entry/abc?edit=0', { view: 'entry', id: 'abc', edit: false }],
    ['#/entry/a%20b', { view: 'entry', id: 'a b', edit: false }],
    ['#/entry/%E0%A4%A', { view: 'list' }],
    ['#/elsewhere', { view: 'list' }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it.each([
    ['#/competencies', 'competencies', ''],
    ['#/reflections?day=2026-11-20', 'reflections', 'day=2026-11-20'],
    ['#/to-apply', 'to-apply', ''],
    ['#/settings', 'settings', ''],
    ['#/share', 'share', ''],
    ['#/team?person=x', 'team', 'person=x'],
  ])('%s is a section', (hash, view, params) => {
    const route = parseRoute(hash);
    expect(route.view).toBe(view);
    expect('params' in route ? route.params.toString() : undefined).toBe(params);
  });

  it('round-trips entryHash', () => {
    expect(parseRoute(entryHash('id/with?odd#chars'))).toEqual({ view: 'entry', id: 'id/with?odd#chars', edit: false });
  });
});
