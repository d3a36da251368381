/**
 * The `dayTotals` table stays equal to a recount of the entries through every kind of write:
 * captures (new and re-clipped pages), notes and tags, competencies, applied and unapplied,
 * delete and undo, a journal import, and "delete everything". Random operations from a seed,
 * each with an explicit time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DayTotals, totalsOf } from '../../../domain/day-totals';
import { CommonplaceDb } from '../../../storage/db';
import {
  addEntryCompetencies,
  annotateEntry,
  deleteEntry,
  restoreEntry,
  saveCapture,
  setApplied,
  setEntryDetails,
} from '../../../storage/entries';
import { JOURNAL_FILE_KIND, type JournalFileV1 } from '../../../storage/journal-file-schema';
import { applyJournalImport } from '../../../storage/journal-import';
import type { Entry } from '../../../storage/schemas';
import { DEFAULT_SETTINGS } from '../../../storage/settings';
import { deleteEverything } from '../../../storage/wipe';
import { seededRandom } from './search-random';

const T0 = Date.UTC(2026, 10, 2, 9, 30);
const HOUR = 3_600_000;
const COMPETENCIES = [
  'c0000000-0000-4000-8000-000000000001',
  'c0000000-0000-4000-8000-000000000002',
  'c0000000-0000-4000-8000-000000000003',
];

let db: CommonplaceDb;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeEach(() => {
  db = new CommonplaceDb(`day-totals-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const byDay = (rows: DayTotals[]) => [...rows].sort((a, b) => a.dayKey.localeCompare(b.dayKey));

async function expectTotalsMatchEntries(): Promise<void> {
  expect(byDay(await db.dayTotals.toArray())).toEqual(byDay(totalsOf(await db.entries.toArray())));
}

function fileOf(entries: Entry[], now: number): JournalFileV1 {
  return {
    kind: JOURNAL_FILE_KIND,
    schemaVersion: 1,
    exportedAt: now,
    learner: { id: newId(), displayName: '' },
    settings: DEFAULT_SETTINGS,
    competencies: [],
    siteRules: [],
    entries,
    sprints: [],
    reflections: [],
    feedback: [],
  };
}

describe('day totals', () => {
  it('count a capture, a re-clip of the same page (no new capture), and a delete', async () => {
    const first = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A' }, T0, db, newId);
    await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A again' }, T0 + HOUR, db, newId);
    await setEntryDetails(first.entry.id, { competencyIds: [COMPETENCIES[0] as string] }, T0 + 2 * HOUR, db);
    expect(await db.dayTotals.toArray()).toEqual([
      { dayKey: first.entry.dayKey, captures: 1, competencies: { [COMPETENCIES[0] as string]: 1 } },
    ]);
    const deleted = await deleteEntry(first.entry.id, db);
    expect(await db.dayTotals.count()).toBe(0);
    await restoreEntry(deleted as Entry, db);
    await expectTotalsMatchEntries();
    expect(await db.dayTotals.count()).toBe(1);
  });

  it.each([1, 2, 3, 4, 5])('match a recount through 60 random writes (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const someCompetencies = () => COMPETENCIES.filter(() => random() < 0.4);
    let now = T0;
    const deleted: Entry[] = [];
    for (let step = 0; step < 60; step++) {
      // Hours to days apart, so entries land on several days.
      now += Math.floor(random() * 30) * HOUR;
      const ids = (await db.entries.toCollection().primaryKeys()) as string[];
      const roll = random();
      if (ids.length === 0 || roll < 0.3) {
        const kind = pick(['link', 'note', 'article'] as const);
        await saveCapture(
          { kind, url: kind === 'note' ? '' : `https://example.com/${Math.floor(random() * 5)}`, title: 'T', note: 'n' },
          now,
          db,
          newId,
        );
      } else if (roll < 0.4) {
        await annotateEntry(pick(ids), { note: `note ${step}`, tags: ['t'] }, now, db);
      } else if (roll < 0.5) {
        await setEntryDetails(pick(ids), { competencyIds: someCompetencies() }, now, db);
      } else if (roll < 0.55) {
        await addEntryCompetencies(pick(ids), someCompetencies(), now, db);
      } else if (roll < 0.65) {
        await setApplied(pick(ids), random() < 0.7 ? { at: now, evidence: 'done', link: '' } : undefined, now, db);
      } else if (roll < 0.75) {
        const entry = await deleteEntry(pick(ids), db);
        if (entry) deleted.push(entry);
      } else if (roll < 0.82 && deleted.length > 0) {
        await restoreEntry(deleted.pop() as Entry, db);
      } else if (roll < 0.97) {
        // An import: updated copies (newer, possibly another day and other competencies), older
        // copies (conflicts, not written) and new entries.
        const stored = await db.entries.bulkGet(ids.filter(() => random() < 0.3));
        const copies = stored
          .filter((entry): entry is Entry => entry !== undefined)
          .map((entry) => {
            const newer = random() < 0.7;
            return {
              ...entry,
              dayKey: newer && random() < 0.5 ? '2026-10-01' : entry.dayKey,
              competencyIds: someCompetencies(),
              note: 'imported',
              updatedAt: newer ? entry.updatedAt + 1 : entry.updatedAt - 1,
            };
          });
        const fresh = Array.from({ length: Math.floor(random() * 3) }, () => ({
          id: newId(),
          kind: 'note' as const,
          url: '',
          canonicalUrl: '',
          title: 'Imported',
          note: '',
          tags: [],
          competencyIds: someCompetencies(),
          takeaway: '',
          applyPlan: '',
          createdAt: now,
          updatedAt: now,
          dayKey: pick(['2026-09-30', '2026-10-01', '2026-11-02']),
        }));
        await applyJournalImport(fileOf([...copies, ...fresh], now), db);
      } else {
        await deleteEverything(db);
        deleted.length = 0;
      }
      await expectTotalsMatchEntries();
    }
  });

  it('an edit that changes no capture figure writes no totals row', async () => {
    const { entry } = await saveCapture({ kind: 'note', url: '', title: 'N' }, T0, db, newId);
    const writes: string[] = [];
    db.dayTotals.hook('updating', () => {
      writes.push('updating');
    });
    db.dayTotals.hook('creating', () => {
      writes.push('creating');
    });
    await annotateEntry(entry.id, { note: 'changed', tags: ['x'] }, T0 + HOUR, db);
    await setApplied(entry.id, { at: T0 + HOUR, evidence: 'e', link: '' }, T0 + HOUR, db);
    expect(writes).toEqual([]);
    await expectTotalsMatchEntries();
  });
});
