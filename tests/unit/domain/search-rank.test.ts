import { describe, expect, it } from 'vitest';
import { countBits, rankCandidates } from '../../../domain/search-rank';

describe('rankCandidates', () => {
  it('puts more matched terms first, then title or tag matches, then newest', () => {
    const ranked = rankCandidates([
      { key: '005|one-term-body-newest', matched: 0b01, boosted: 0 },
      { key: '001|two-terms-body', matched: 0b11, boosted: 0 },
      { key: '002|one-term-title', matched: 0b01, boosted: 0b01 },
      { key: '003|two-terms-one-in-title', matched: 0b11, boosted: 0b10 },
      { key: '004|one-term-body', matched: 0b10, boosted: 0 },
    ]);
    expect(ranked).toEqual([
      '003|two-terms-one-in-title',
      '001|two-terms-body',
      '002|one-term-title',
      '005|one-term-body-newest',
      '004|one-term-body',
    ]);
  });

  it('a title match never outranks one more matched term', () => {
    const manyBoosts = 0xff;
    expect(
      rankCandidates([
        { key: 'b', matched: 0b1, boosted: manyBoosts },
        { key: 'a', matched: 0b11, boosted: 0 },
      ]),
    ).toEqual(['a', 'b']);
  });

  it('counts bits', () => {
    expect([0, 1, 0b1011, 0xffffffff].map(countBits)).toEqual([0, 1, 3, 32]);
  });
});
