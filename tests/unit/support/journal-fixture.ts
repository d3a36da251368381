/**
 * A small journal holding every record kind the full-journal file carries, with every optional
 * field both present and absent, for the export/import tests.
 */
import { canonicalJson } from '../../../domain/canonical-json';
import { totalsOf } from '../../../domain/day-totals';
import type { CommonplaceDb } from '../../../storage/db';
import { entryTerms } from '../../../storage/entry-terms';
import type { ReceivedFeedback } from '../../../storage/exchange-schemas';
import type { JournalIdentity } from '../../../storage/journal-export';
import { buildListRow, freeDoc } from '../../../storage/list-row';
import { mergeQueued } from '../../../storage/postings';
import type { Competency, Entry, Reflection, Sprint } from '../../../storage/schemas';
import { DEFAULT_SETTINGS } from '../../../storage/settings';
import type { SiteRule } from '../../../storage/site-rules';

export const T0 = Date.UTC(2026, 2, 2, 9);
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const competency = (n: number, extra: Partial<Competency> = {}): Competency => ({
  id: uuid(n),
  name: `Competency ${n}`,
  category: 'Craft',
  description: 'Doing it well',
  levels: ['Aware', 'Skilled'],
  keywords: ['craft'],
  archived: n % 2 === 0,
  createdAt: T0,
  updatedAt: T0,
  ...extra,
});

export const entry = (n: number, extra: Partial<Entry> = {}): Entry => ({
  id: uuid(n),
  kind: 'note',
  url: '',
  canonicalUrl: '',
  title: `Note ${n}`,
  note: `thought number ${n}`,
  tags: [],
  competencyIds: [],
  takeaway: '',
  applyPlan: '',
  createdAt: T0 + n,
  updatedAt: T0 + n,
  dayKey: '2026-03-02',
  ...extra,
});

const article = {
  html: '<p>Body with “quotes” and \u2028 separators</p>',
  markdown: 'Body with “quotes”',
  text: 'Body with quotes about pottery and glazing',
  byline: 'Ada',
  siteName: 'Clay',
  publishedTime: '2026-01-01',
  lang: 'en',
  dir: 'ltr' as const,
  excerpt: 'Body',
  wordCount: 7,
  readingMinutes: 1,
};

export function fullJournal() {
  const competencies = [competency(1), competency(2)];
  const siteRules: SiteRule[] = [{ hostname: 'clay.example', competencyIds: [uuid(1)], createdAt: T0, updatedAt: T0 }];
  const entries: Entry[] = [
    entry(10, {
      kind: 'article',
      url: 'https://clay.example/a',
      canonicalUrl: 'https://clay.example/a?c',
      title: 'Glazing, à la carte',
      article,
      tags: ['clay', 'glaze'],
      competencyIds: [uuid(1)],
      takeaway: 'Fire slowly',
      applyPlan: 'Try on Friday',
      applied: { at: T0 + 5, evidence: 'Fired a bowl', link: 'https://clay.example/bowl' },
      sprintId: uuid(30),
    }),
    entry(11, {
      kind: 'selection',
      url: 'https://clay.example/b',
      title: 'A passage',
      selection: { text: 'passage', html: '<b>passage</b>' },
    }),
    entry(12),
  ];
  const sprints: Sprint[] = [
    {
      id: uuid(30),
      startedAt: T0,
      endedAt: T0 + 900_000,
      plannedMs: 900_000,
      elapsedMs: 900_000,
      competencyId: uuid(1),
      goal: 'glaze',
      completed: true,
      dayKey: '2026-03-02',
    },
    {
      id: uuid(31),
      startedAt: T0,
      endedAt: T0 + 60_000,
      plannedMs: 900_000,
      elapsedMs: 60_000,
      goal: '',
      completed: false,
      dayKey: '2026-03-02',
    },
  ];
  const reflections: Reflection[] = [
    {
      id: uuid(40),
      dayKey: '2026-03-02',
      learned: 'a',
      didntWork: 'b',
      tryNext: 'c',
      competencyId: uuid(1),
      sprintId: uuid(30),
      createdAt: T0,
      updatedAt: T0,
    },
    { id: uuid(41), dayKey: '2026-03-03', learned: 'd', didntWork: '', tryNext: '', createdAt: T0, updatedAt: T0 },
  ];
  const feedback: ReceivedFeedback[] = [
    {
      id: uuid(50),
      target: { type: 'entry', id: uuid(10) },
      text: 'Nice bowl',
      createdAt: T0,
      updatedAt: T0,
      managerName: 'Mo',
      receivedAt: T0 + 1,
      entryId: uuid(10),
    },
    { id: uuid(51), target: { type: 'period' }, text: 'Good week', createdAt: T0, updatedAt: T0, managerName: 'Mo', receivedAt: T0 + 1 },
  ];
  return { competencies, siteRules, entries, sprints, reflections, feedback };
}

export const IDENTITY: JournalIdentity = {
  learner: { id: uuid(99), displayName: 'Sam' },
  settings: { ...DEFAULT_SETTINGS, displayName: 'Sam', theme: 'dark', backupReminder: { enabled: true } },
};

/** Writes records straight into the tables (list rows and posting lists too), as the app would have. */
export async function seed(db: CommonplaceDb, records: Partial<ReturnType<typeof fullJournal>>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(records)) await db.table(name).bulkPut(rows);
    if (records.entries) await writeListRows(db, records.entries);
    // The day totals as storage/entries.ts keeps them.
    if (records.entries) await db.dayTotals.bulkPut(totalsOf(records.entries));
  });
  await mergeQueued(db);
}

/** Every table's rows as one canonical string: equal dumps mean equal databases. */
export async function dump(db: CommonplaceDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return canonicalJson(tables);
}

/**
 * Makes the `nth` write request to `table` (counted from when it is armed) fail, as a full disk
 * or a crash would: a Dexie middleware, registered before the database opens.
 */
export function failNthWrite(db: CommonplaceDb, table: string): { arm: (nth: number) => void } {
  let remaining = 0;
  db.use({
    stack: 'dbcore',
    name: 'fail-nth-write',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (request) => {
            if (name === table && remaining > 0 && --remaining === 0) return Promise.reject(new Error('disk on fire'));
            return inner.mutate(request);
          },
        };
      },
    }),
  });
  return { arm: (nth) => (remaining = nth) };
}

/** List rows for `entries` and their terms queued, as storage/search-index.ts writes them. */
async function writeListRows(db: CommonplaceDb, entries: readonly Entry[]): Promise<void> {
  const taken = new Set((await db.listRows.toCollection().primaryKeys()) as number[]);
  for (const entry of entries) {
    const doc = freeDoc(entry.createdAt, taken);
    taken.add(doc);
    await db.listRows.put(buildListRow(entry, doc));
    await db.indexQueue.put({ doc, add: entryTerms(entry), stale: [] });
  }
}
