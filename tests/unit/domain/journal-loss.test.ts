import { describe, expect, it } from 'vitest';
import {
  isSnapshotDue,
  judgeJournal,
  parseSnapshotName,
  SNAPSHOT_MAX_AGE_MS,
  SNAPSHOT_MIN_INTERVAL_MS,
  snapshotName,
  snapshotsToDelete,
} from '../../../domain/journal-loss';

const T0 = Date.UTC(2026, 11, 6, 9, 0);

describe('judgeJournal: what an opened database means', () => {
  it.each([
    ['a first install', 0, undefined, undefined, false, 'new'],
    ['entries in the database', 12, 12, 12, false, 'intact'],
    ['entries, and an older snapshot with more', 3, 40, 40, false, 'intact'],
    ['empty, the mark says 40 entries', 0, 40, undefined, false, 'lost'],
    ['empty, no mark (storage cleared), a snapshot of 40', 0, undefined, 40, false, 'lost'],
    ['empty, mark and snapshot of an empty journal', 0, 0, 0, false, 'new'],
    ['empty after the learner chose to start empty', 0, 40, 40, true, 'intact'],
  ] as const)('%s', (_name, entryCount, markedEntryCount, newestSnapshotEntries, isDismissed, expected) => {
    expect(judgeJournal({ entryCount, markedEntryCount, newestSnapshotEntries, isDismissed })).toBe(expected);
  });
});

describe('isSnapshotDue', () => {
  const last = { at: T0, changeMark: 'a' };
  it.each([
    ['never written', undefined, 'a', T0, true],
    ['unchanged, an hour later', last, 'a', T0 + SNAPSHOT_MIN_INTERVAL_MS, false],
    ['changed, a minute later', last, 'b', T0 + 60_000, false],
    ['changed, an hour later', last, 'b', T0 + SNAPSHOT_MIN_INTERVAL_MS, true],
    ['unchanged, a day later', last, 'a', T0 + SNAPSHOT_MAX_AGE_MS, true],
    ['the clock went back', last, 'a', T0 - 60_000, true],
  ] as const)('%s', (_name, previous, mark, now, expected) => {
    expect(isSnapshotDue(now, previous, mark)).toBe(expected);
  });
});

describe('snapshot names', () => {
  it('round-trip time and entry count, and sort by time', () => {
    const early = snapshotName({ at: 999, entries: 5 });
    const late = snapshotName({ at: T0, entries: 0 });
    expect(parseSnapshotName(early)).toEqual({ at: 999, entries: 5 });
    expect(parseSnapshotName(late)).toEqual({ at: T0, entries: 0 });
    expect([late, early].sort()).toEqual([early, late]);
  });

  it.each(['snapshot-1-2.json', 'other.json', 'snapshot-000000000000001-x.json', 'snapshot-000000000000001-5.json.crswap'])(
    'ignores %s',
    (name) => {
      expect(parseSnapshotName(name)).toBeUndefined();
    },
  );

  it('rotation keeps the newest three of ours and never touches other files', () => {
    const names = [1, 2, 3, 4, 5].map((at) => snapshotName({ at, entries: at }));
    expect(snapshotsToDelete([...names, 'notes.txt'])).toEqual(names.slice(0, 2));
    expect(snapshotsToDelete(names.slice(0, 2))).toEqual([]);
  });
});
