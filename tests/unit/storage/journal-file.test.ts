import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { CommonplaceDb } from '../../../storage/db';
import { importJournal, readJournalIdentity } from '../../../storage/journal-backup';
import { exportJournal } from '../../../storage/journal-export';
import { JournalFileV1Schema } from '../../../storage/journal-file-schema';
import { applyJournalImport, previewJournalImport } from '../../../storage/journal-import';
import { readJournalFile } from '../../../storage/journal-read';
import { searchDocs } from '../../../storage/search-find';
import { completePendingRows } from '../../../storage/search-pending';
import { readSettings } from '../../../storage/settings';
import { dump, entry, failNthWrite, fullJournal, IDENTITY, seed, T0, uuid } from '../support/journal-fixture';

const dbs: CommonplaceDb[] = [];
const newDb = () => {
  const db = new CommonplaceDb(`journal-file-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function exportText(db: CommonplaceDb, identity = IDENTITY, now = T0): Promise<string> {
  const parts: string[] = [];
  await exportJournal(now, identity, (part) => parts.push(part), db);
  return parts.join('');
}

/** A file of the given records, the way the exporter writes it. */
async function fileOf(records: Parameters<typeof seed>[1]): Promise<string> {
  const db = newDb();
  await seed(db, records);
  return exportText(db);
}

describe('export', () => {
  it('writes a canonical file: fixed header, records by id, keys sorted, one record per line', async () => {
    const db = newDb();
    await seed(db, { entries: [entry(3), entry(1), entry(2)] });
    const text = await exportText(db);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^\{"kind":"commonplace-journal","schemaVersion":1,"exportedAt":\d+,"learner":\{"displayName":"Sam","id":"[^"]+"\},"settings":\{"backupReminder"/,
    );
    const entryLines = lines.filter((line) => line.includes('"kind":"note"'));
    expect(entryLines.map((line) => JSON.parse(line.replace(/,$/, '')).id)).toEqual([uuid(1), uuid(2), uuid(3)]);
    expect(entryLines[0]).toMatch(/^\{"applyPlan":"","canonicalUrl":"","competencyIds":\[\],"createdAt":/);
    expect(JournalFileV1Schema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('writes the same bytes page by page in the background (snapshots) as in one transaction', async () => {
    const db = newDb();
    await seed(db, fullJournal());
    await seed(db, { entries: Array.from({ length: 450 }, (_, i) => entry(1_000 + i)) });
    const parts: string[] = [];
    await exportJournal(T0, IDENTITY, (part) => parts.push(part), db, undefined, { inBackground: true });
    expect(parts.join('')).toBe(await exportText(db));
  });

  it('leaves out search rows and the team tables', async () => {
    const db = newDb();
    await seed(db, fullJournal());
    await db.teamComments.put({ id: uuid(70), learnerId: uuid(71), target: { type: 'period' }, text: 'x', createdAt: T0, updatedAt: T0 });
    const file = JSON.parse(await exportText(db));
    expect(Object.keys(file)).toEqual([
      'kind',
      'schemaVersion',
      'exportedAt',
      'learner',
      'settings',
      'competencies',
      'siteRules',
      'entries',
      'sprints',
      'reflections',
      'feedback',
    ]);
  });
});

describe('round trip', () => {
  it('export -> import into an empty journal -> export gives the same bytes and the same database', async () => {
    const source = newDb();
    await seed(source, fullJournal());
    const first = await exportText(source);

    fakeBrowser.reset();
    const target = newDb();
    await importJournal(first, target, { restoreSettings: true });
    const second = await exportText(target, await readJournalIdentity());

    expect(second).toBe(first);
    expect(await dump(target)).toBe(await dump(source));
    expect((await readSettings()).theme).toBe('dark');
  });

  it('importing the same file again changes nothing', async () => {
    const db = newDb();
    await seed(db, fullJournal());
    const text = await exportText(db);
    const before = await dump(db);
    const counts = await importJournal(text, db);
    expect(Object.values(counts).every((c) => c.new === 0 && c.updated === 0 && c.conflict === 0)).toBe(true);
    expect(counts.entries.unchanged).toBe(3);
    expect(await dump(db)).toBe(before);
  });
});

describe('the same page under another id', () => {
  it('matches an article or link in the file to the page the journal has, and moves its feedback along', async () => {
    const db = newDb();
    const url = 'https://clay.example/same';
    await seed(db, { entries: [entry(1, { kind: 'link', url, title: 'Same page', note: 'mine' })] });
    // Clipped in another browser: another id, a newer copy, and a comment beside it.
    const other = await fileOf({
      entries: [entry(2, { kind: 'link', url, title: 'Same page', note: 'theirs', updatedAt: T0 + 500 })],
      feedback: [
        {
          id: uuid(90),
          target: { type: 'entry', id: uuid(2) },
          text: 'Nice',
          createdAt: T0,
          updatedAt: T0,
          managerName: 'Sam',
          receivedAt: T0,
          entryId: uuid(2),
        },
      ],
    });
    const file = readJournalFile(other);
    const preview = await previewJournalImport(file, db);
    expect(preview.samePages).toBe(1);
    expect(preview.counts.entries).toEqual({ new: 0, updated: 1, unchanged: 0, conflict: 0 });
    await applyJournalImport(file, db);
    const pages = await db.entries.where('url').equals(url).toArray();
    expect(pages.map((page) => [page.id, page.note])).toEqual([[uuid(1), 'theirs']]);
    expect(await db.feedback.get(uuid(90))).toMatchObject({ entryId: uuid(1), target: { type: 'entry', id: uuid(1) } });
  });

  it('leaves notes and passages alone: more than one per page is normal', async () => {
    const db = newDb();
    await seed(db, { entries: [entry(1, { kind: 'note', url: 'https://clay.example/n' })] });
    const file = readJournalFile(await fileOf({ entries: [entry(2, { kind: 'note', url: 'https://clay.example/n' })] }));
    const preview = await previewJournalImport(file, db);
    expect(preview.samePages).toBe(0);
    expect(preview.counts.entries.new).toBe(1);
  });
});

describe('preview and merge', () => {
  const local = [
    entry(1), // unchanged
    entry(2), // updated by the file
    entry(3, { note: 'edited here later', updatedAt: T0 + 100 }), // conflict: local newer
    entry(4, { note: 'edited here' }), // conflict: same updatedAt, different text
  ];
  const incoming = [
    entry(1),
    entry(2, { note: 'edited elsewhere', createdAt: T0 - 50, updatedAt: T0 + 200 }),
    entry(3, { note: 'older copy' }),
    entry(4, { note: 'edited there' }),
    entry(5), // new
  ];

  it('classifies every record and lists the conflicts, writing nothing', async () => {
    const db = newDb();
    await seed(db, { entries: local });
    const before = await dump(db);
    const file = readJournalFile(await fileOf({ entries: incoming }));
    const preview = await previewJournalImport(file, db);
    expect(preview.counts.entries).toEqual({ new: 1, updated: 1, unchanged: 1, conflict: 2 });
    expect(preview.conflicts.map(({ key, localVersion, fileVersion }) => [key, localVersion, fileVersion])).toEqual([
      [uuid(3), T0 + 100, T0 + 3],
      [uuid(4), T0 + 4, T0 + 4],
    ]);
    expect(preview.learner).toEqual(IDENTITY.learner);
    expect(await dump(db)).toBe(before);
  });

  it('keeps the newer updatedAt of each record and keeps the search index in step', async () => {
    const db = newDb();
    await seed(db, { entries: local });
    const counts = await applyJournalImport(readJournalFile(await fileOf({ entries: incoming })), db);
    expect(counts.entries).toEqual({ new: 1, updated: 1, unchanged: 1, conflict: 2 });
    // Written entries' text terms come after the commit (storage/search-pending.ts).
    expect(await searchDocs('elsewhere', db)).toEqual([]);
    expect(await completePendingRows(db)).toBe(2);
    const notes = (await db.entries.orderBy('id').toArray()).map((e) => e.note);
    expect(notes).toEqual(['thought number 1', 'edited elsewhere', 'edited here later', 'edited here', 'thought number 5']);
    // The updated entry's creation time moved: its old row (numbered by creation time) is gone.
    const rows = await db.listRows.toArray();
    expect(rows.map((row) => row.id).sort()).toEqual([1, 2, 3, 4, 5].map(uuid));
    const moved = rows.find((row) => row.id === uuid(2));
    expect(moved?.createdAt).toBe(T0 - 50);
    expect(await searchDocs('elsewhere', db)).toEqual([moved?.doc]);
  });

  it('writes all of a large import or, when a write fails halfway, nothing', async () => {
    const db = newDb();
    const failure = failNthWrite(db, 'entries');
    await seed(db, { entries: [entry(1, { note: 'mine' })] });
    const before = await dump(db);
    const many = Array.from({ length: 1_200 }, (_, i) => entry(i + 1, { updatedAt: T0 + 10_000 }));
    const file = readJournalFile(await fileOf({ entries: many }));
    failure.arm(2);
    await expect(applyJournalImport(file, db)).rejects.toThrow('disk on fire');
    expect(await dump(db)).toBe(before);
    await applyJournalImport(file, db);
    expect(await db.entries.count()).toBe(1_200);
    expect(await db.listRows.count()).toBe(1_200);
  });
});

describe('refused files leave the journal exactly as it was', () => {
  const valid = async () => JSON.parse(await fileOf(fullJournal()));
  const cases: [string, FileProblem, () => Promise<string>][] = [
    ['too big', 'too-big', async () => `${JSON.stringify(await valid())}${' '.repeat(200_000)}`],
    ['not JSON', 'not-json', async () => '{"kind":"commonplace-journal",'],
    [
      'a __proto__ key',
      'forbidden-key',
      async () => (await fileOf(fullJournal())).replace('"applyPlan":"Try on Friday"', '"__proto__":{"x":1},"applyPlan":"Try on Friday"'),
    ],
    [
      'a constructor key',
      'forbidden-key',
      async () => (await fileOf(fullJournal())).replace('"byline":"Ada"', '"constructor":1,"byline":"Ada"'),
    ],
    [
      'too deep',
      'too-deep',
      async () => JSON.stringify({ ...(await valid()), settings: { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } } }),
    ],
    ['another kind of file', 'wrong-kind', async () => JSON.stringify({ ...(await valid()), kind: 'commonplace-share' })],
    ['no version', 'wrong-kind', async () => JSON.stringify({ ...(await valid()), schemaVersion: 'one' })],
    ['a newer version', 'newer-version', async () => JSON.stringify({ ...(await valid()), schemaVersion: 2 })],
    ['an unknown field', 'invalid', async () => JSON.stringify({ ...(await valid()), extra: true })],
    ['a bad record in the last table', 'invalid', async () => (await fileOf(fullJournal())).replace('"text":"Good week"', '"text":""')],
    [
      'a record twice',
      'invalid',
      async () => {
        const file = await valid();
        return JSON.stringify({ ...file, entries: [...file.entries, file.entries[0]] });
      },
    ],
  ];

  it('refuses more site rules than a journal may hold, the same limit as a framework file', async () => {
    const db = newDb();
    await seed(db, { entries: [entry(1)], competencies: fullJournal().competencies });
    const before = await dump(db);
    const file = await valid();
    // Each rule valid on its own: only their number is refused.
    const rules = Array.from({ length: 1_001 }, (_, i) => ({ ...file.siteRules[0], hostname: `h${i}.example` }));
    const error = await importJournal(JSON.stringify({ ...file, siteRules: rules }), db, { restoreSettings: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problem).toBe('invalid');
    expect(await dump(db)).toBe(before);
  });

  it.each(cases)('%s: %s', async (_name, problem, make) => {
    const db = newDb();
    await seed(db, { entries: [entry(1)], competencies: fullJournal().competencies });
    const before = await dump(db);
    const text = await make();
    const error = await importJournal(text, db, {
      restoreSettings: true,
      limits: { maxChars: 100_000, maxDepth: 8, maxValues: 100_000 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problem).toBe(problem);
    expect(await dump(db)).toBe(before);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
