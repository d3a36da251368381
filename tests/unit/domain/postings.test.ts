import { describe, expect, it } from 'vitest';
import {
  changesByTerm,
  lastBlockOverflows,
  type PostingBlock,
  type QueuedTerms,
  queueOverlay,
  restate,
  rewriteBlocks,
} from '../../../domain/postings';
import { seededRandom } from '../storage/search-random';

const block = (...docs: number[]): PostingBlock => ({ term: 't', low: docs[0] as number, docs: Float64Array.from(docs) });
const shape = (blocks: readonly PostingBlock[]) => blocks.map((b) => Array.from(b.docs));

describe('rewriteBlocks', () => {
  it.each([
    ['a first document starts the list', [], { add: [5], remove: [] }, true, [[5]], []],
    ['appends to the newest block', [block(1, 2)], { add: [3], remove: [] }, true, [[1, 2, 3]], []],
    [
      'a full newest block splits into a full block and the rest',
      [block(1, 2, 3, 4)],
      { add: [5], remove: [] },
      true,
      [[1, 2, 3, 4], [5]],
      [],
    ],
    [
      'a full block amid the list splits evenly',
      [block(1, 2, 3, 4)],
      { add: [5], remove: [] },
      false,
      [
        [1, 2, 3],
        [4, 5],
      ],
      [],
    ],
    ['a document below the first block joins it, which takes its number', [block(3, 4)], { add: [1], remove: [] }, true, [[1, 3, 4]], [3]],
    ['removing the first document renumbers the block', [block(1, 2), block(7, 8)], { add: [], remove: [1] }, true, [[2]], [1]],
    ['an emptied block goes', [block(1, 2), block(7)], { add: [], remove: [7] }, true, [], [7]],
    [
      'each change goes to its own block',
      [block(1, 2), block(7, 8)],
      { add: [3, 9], remove: [8] },
      true,
      [
        [1, 2, 3],
        [7, 9],
      ],
      [],
    ],
    ['adding a document that is there already changes nothing', [block(1, 2)], { add: [2], remove: [] }, true, [], []],
  ] as [string, PostingBlock[], { add: number[]; remove: number[] }, boolean, number[][], number[]][])(
    '%s',
    (_, blocks, change, isNewest, put, deleted) => {
      const result = rewriteBlocks('t', blocks, change, isNewest, 4);
      expect(shape(result.put)).toEqual(put);
      expect(result.put.every((b) => b.low === b.docs[0] && b.term === 't')).toBe(true);
      expect(result.deleteLows).toEqual(deleted);
    },
  );

  it('lastBlockOverflows only when the last block would outgrow a block', () => {
    expect(lastBlockOverflows([block(1, 2, 3)], { add: [4], remove: [] }, 4)).toBe(false);
    expect(lastBlockOverflows([block(1, 2, 3, 4)], { add: [5], remove: [] }, 4)).toBe(true);
    // Additions to an earlier block do not count against the last one.
    expect(lastBlockOverflows([block(1, 2), block(7, 8, 9, 10)], { add: [3], remove: [] }, 4)).toBe(false);
    expect(lastBlockOverflows([], { add: [1, 2, 3, 4, 5], remove: [] }, 4)).toBe(true);
  });

  it('keeps any order of changes equal to a plain sorted set (random, small blocks)', () => {
    const random = seededRandom(7);
    let blocks: PostingBlock[] = [];
    const truth = new Set<number>();
    for (let round = 0; round < 300; round++) {
      const add = [...new Set(Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * 200)))].sort((a, b) => a - b);
      const remove = [...truth].filter((doc) => random() < 0.05 && !add.includes(doc)).sort((a, b) => a - b);
      for (const doc of remove) truth.delete(doc);
      for (const doc of add) truth.add(doc);
      const low = Math.min(add[0] ?? Number.POSITIVE_INFINITY, remove[0] ?? Number.POSITIVE_INFINITY);
      const high = Math.max(add.at(-1) ?? -1, remove.at(-1) ?? -1);
      // The run a storage read returns: from the block holding `high` down to the one holding `low`.
      const start = Math.max(
        0,
        blocks.findLastIndex((b) => b.low <= low),
      );
      const end =
        Math.max(
          start,
          blocks.findLastIndex((b) => b.low <= high),
        ) + 1;
      const run = blocks.slice(start, end);
      const { put, deleteLows } = rewriteBlocks(
        't',
        run,
        { add: add.filter((d) => !remove.includes(d)), remove },
        end === blocks.length,
        8,
      );
      const kept = blocks.filter((b) => !deleteLows.includes(b.low) && !put.some((p) => p.low === b.low));
      blocks = [...kept, ...put].sort((a, b) => a.low - b.low);
      const listed = blocks.flatMap((b) => Array.from(b.docs));
      expect(listed).toEqual([...truth].sort((a, b) => a - b));
      expect(blocks.every((b) => b.docs.length > 0 && b.docs.length <= 8)).toBe(true);
    }
    // Appended mostly in order, blocks stay well filled.
    expect(truth.size / blocks.length).toBeGreaterThan(3);
  });
});

describe('restate and the queue overlay', () => {
  /** What a query answers for one document: the lists' terms minus stale plus added. */
  const answer = (listed: Set<string>, queued: QueuedTerms | undefined) =>
    new Set([...[...listed].filter((t) => !queued?.stale.includes(t)), ...(queued?.add ?? [])]);

  it('keeps the answer equal to the entry terms through any edits, with merges at any point', () => {
    const random = seededRandom(11);
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let trial = 0; trial < 200; trial++) {
      let listed = new Set<string>(); // what the posting lists hold for the document
      let believed: string[] = []; // its terms as last written
      let queued: QueuedTerms | undefined;
      for (let step = 0; step < 12; step++) {
        if (random() < 0.3 && queued) {
          // A merge: the lists take the queued change, the queue forgets it.
          const change = changesByTerm([queued]);
          for (const [term, { add, remove }] of change) {
            if (remove.length) listed.delete(term);
            if (add.length) listed.add(term);
          }
          queued = undefined;
          listed = new Set(listed);
        }
        const next = random() < 0.15 ? [] : vocabulary.filter(() => random() < 0.4);
        queued = restate(1, believed, next, queued);
        believed = next;
        expect([...answer(listed, queued)].sort()).toEqual([...next].sort());
      }
    }
  });

  it('returns undefined when nothing needs to change', () => {
    expect(restate(1, ['a', 'b'], ['b', 'a'])).toBeUndefined();
    expect(restate(1, ['a'], ['a', 'b'])).toEqual({ doc: 1, add: ['b'], stale: [] });
    expect(restate(1, ['a', 'b'], ['a'])).toEqual({ doc: 1, add: [], stale: ['b'] });
  });

  it('the overlay lists queued additions and removals per wanted term only', () => {
    const overlay = queueOverlay(
      [
        { doc: 1, add: ['x', 'y'], stale: ['z'] },
        { doc: 2, add: ['x'], stale: [] },
      ],
      ['x', 'z'],
    );
    expect(overlay.added).toEqual(new Map([['x', [1, 2]]]));
    expect(overlay.stale).toEqual(new Map([['z', new Set([1])]]));
  });
});
