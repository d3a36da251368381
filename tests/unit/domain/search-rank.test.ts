import { describe, expect, it } from 'vitest';
import { commonDocs, countBits, type GroupRead, newestDoc, rankMatches, settledFloor } from '../../../domain/search-rank';

const group = (docs: number[], frontier = -1): GroupRead => ({ docs: new Set(docs), frontier });

describe('rankMatches', () => {
  it('puts more title or tag matches first, then newest', () => {
    const ranked = rankMatches([
      { doc: 5, boosted: 0 }, // newest, body only
      { doc: 4, boosted: 0b01 }, // one term in the title
      { doc: 3, boosted: 0b11 }, // two terms in the title
      { doc: 2, boosted: 0 },
      { doc: 1, boosted: 0b10 }, // oldest, one term in the title
    ]);
    expect(ranked).toEqual([3, 4, 1, 5, 2]);
  });

  it('ranks each window of newest matches on its own, so scrolling further never reorders what was shown', () => {
    const ranked = rankMatches(
      [
        { doc: 4, boosted: 0 },
        { doc: 3, boosted: 1 },
        { doc: 2, boosted: 0 },
        { doc: 1, boosted: 1 },
      ],
      2,
    );
    expect(ranked).toEqual([3, 4, 1, 2]);
  });

  it('counts bits', () => {
    expect([0, 1, 0b1011, 0xffffffff].map(countBits)).toEqual([0, 1, 3, 32]);
  });
});

describe('commonDocs', () => {
  it.each([
    ['one complete group: all its documents, newest first', [group([1, 3, 2])], [3, 2, 1]],
    ['two complete groups: their intersection', [group([1, 2, 3]), group([3, 1])], [3, 1]],
    // The second group was read down to document 3 only: whether it has 2 or 1 is not known yet.
    ['stops where a group stopped reading', [group([5, 4, 2, 1]), group([5, 3], 3)], [5]],
    ['a document at the frontier is known', [group([5, 3, 1]), group([5, 3], 3)], [5, 3]],
    ['no groups, no documents', [], []],
  ] as [string, GroupRead[], number[]][])('%s', (_, groups, expected) => {
    expect(commonDocs(groups)).toEqual(expected);
  });

  it.each([
    [[group([1]), group([1], 4), group([1], 2)], 4],
    [[group([1]), group([2])], -1],
  ] as [GroupRead[], number][])('settledFloor is the highest frontier (%#)', (groups, expected) => {
    expect(settledFloor(groups)).toBe(expected);
  });

  it('newestDoc is the largest, -1 for none', () => {
    expect(newestDoc([9, 10, 1])).toBe(10);
    expect(newestDoc([])).toBe(-1);
  });
});
