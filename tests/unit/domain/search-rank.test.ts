import { describe, expect, it } from 'vitest';
import { commonKeys, countBits, type GroupRead, newestKey, rankMatches, settledFloor } from '../../../domain/search-rank';

const group = (keys: string[], frontier = ''): GroupRead => ({ keys: new Set(keys), frontier });

describe('rankMatches', () => {
  it('puts more title or tag matches first, then newest', () => {
    const ranked = rankMatches([
      { key: '005|body-newest', boosted: 0 },
      { key: '004|one-in-title', boosted: 0b01 },
      { key: '003|two-in-title', boosted: 0b11 },
      { key: '002|body', boosted: 0 },
      { key: '001|one-in-title-oldest', boosted: 0b10 },
    ]);
    expect(ranked).toEqual(['003|two-in-title', '004|one-in-title', '001|one-in-title-oldest', '005|body-newest', '002|body']);
  });

  it('ranks each window of newest matches on its own, so scrolling further never reorders what was shown', () => {
    const ranked = rankMatches(
      [
        { key: '4|body', boosted: 0 },
        { key: '3|title', boosted: 1 },
        { key: '2|body', boosted: 0 },
        { key: '1|title', boosted: 1 },
      ],
      2,
    );
    expect(ranked).toEqual(['3|title', '4|body', '1|title', '2|body']);
  });

  it('counts bits', () => {
    expect([0, 1, 0b1011, 0xffffffff].map(countBits)).toEqual([0, 1, 3, 32]);
  });
});

describe('commonKeys', () => {
  it.each([
    ['one complete group: all its keys, newest first', [group(['1', '3', '2'])], ['3', '2', '1']],
    ['two complete groups: their intersection', [group(['1', '2', '3']), group(['3', '1'])], ['3', '1']],
    // The second group was read down to key 3 only: whether it has 2 or 1 is not known yet.
    ['stops where a group stopped reading', [group(['5', '4', '2', '1']), group(['5', '3'], '3')], ['5']],
    ['a key at the frontier is known', [group(['5', '3', '1']), group(['5', '3'], '3')], ['5', '3']],
    ['no groups, no keys', [], []],
  ] as [string, GroupRead[], string[]][])('%s', (_, groups, expected) => {
    expect(commonKeys(groups)).toEqual(expected);
  });

  it.each([
    [[group(['1']), group(['1'], '4'), group(['1'], '2')], '4'],
    [[group(['1']), group(['2'])], ''],
  ] as [GroupRead[], string][])('settledFloor is the highest frontier (%#)', (groups, expected) => {
    expect(settledFloor(groups)).toBe(expected);
  });

  it('newestKey compares as strings', () => {
    expect(newestKey(['09', '10', '1'])).toBe('10');
    expect(newestKey([])).toBe('');
  });
});
