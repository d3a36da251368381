import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CommonplaceDb } from '../../../storage/db';
import { annotateEntry, deleteEntry } from '../../../storage/entries';
import { exportJournal } from '../../../storage/journal-export';
import { applyJournalImport } from '../../../storage/journal-import';
import { readJournalFile } from '../../../storage/journal-read';
import { mergeQueued } from '../../../storage/postings';
import { searchDocs } from '../../../storage/search-find';
import { completePendingRows, countPendingRows } from '../../../storage/search-pending';
import { entry, IDENTITY, seed, T0 } from '../support/journal-fixture';

const dbs: CommonplaceDb[] = [];
const newDb = () => {
  const db = new CommonplaceDb(`search-pending-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const ENTRIES = [
  entry(1, { title: 'Kiln temperatures', note: 'cone six glazes craze when cooled fast', tags: ['pottery'] }),
  entry(2, { title: 'Throwing bowls', note: 'centre the clay before opening' }),
  entry(3, { title: 'Glaze chemistry', note: 'silica alumina flux' }),
];

/** Imports ENTRIES into an empty journal, stopping right after the import's transaction commits. */
async function importedJournal(): Promise<CommonplaceDb> {
  const source = newDb();
  await seed(source, { entries: ENTRIES });
  const parts: string[] = [];
  await exportJournal(T0, IDENTITY, (part) => parts.push(part), source);
  const db = newDb();
  await applyJournalImport(readJournalFile(parts.join('')), db);
  return db;
}

/** The posting lists and rows as clips of ENTRIES would have left them, once merged. */
async function clippedJournal(): Promise<CommonplaceDb> {
  const db = newDb();
  await seed(db, { entries: ENTRIES });
  await mergeQueued(db);
  return db;
}

async function indexState(db: CommonplaceDb) {
  return { rows: await db.listRows.toArray(), postings: await db.postings.toArray(), queued: await db.indexQueue.count() };
}

describe('unindexed rows after an import', () => {
  it('the list works at once; search once the rows are indexed', async () => {
    const db = await importedJournal();
    expect(await db.listRows.count()).toBe(3);
    expect(await countPendingRows(db)).toBe(3);
    expect(await searchDocs('kiln', db)).toEqual([]);
    expect(await searchDocs('craze', db)).toEqual([]);

    expect(await completePendingRows(db)).toBe(3);
    expect(await countPendingRows(db)).toBe(0);
    expect(await searchDocs('kiln', db)).toHaveLength(1);
    expect(await searchDocs('craze', db)).toHaveLength(1);
    expect(await searchDocs('silica alumina', db)).toHaveLength(1);
    // The rows and posting lists are exactly what clips would have left.
    expect(await indexState(db)).toEqual(await indexState(await clippedJournal()));
  });

  it('an entry deleted or edited before its row was completed ends up right', async () => {
    const db = await importedJournal();
    await deleteEntry(ENTRIES[0]?.id ?? '', db);
    await annotateEntry(ENTRIES[1]?.id ?? '', { note: 'trim the foot when leather hard', tags: [] }, T0 + 100, db);
    expect(await countPendingRows(db)).toBe(1);

    expect(await completePendingRows(db)).toBe(1);
    expect(await db.listRows.count()).toBe(2);
    expect(await searchDocs('leather', db)).toHaveLength(1);
    expect(await searchDocs('kiln', db)).toEqual([]);
    expect(await searchDocs('centre', db)).toEqual([]);
  });

  it('running twice at once (page and worker) leaves the same rows', async () => {
    const db = await importedJournal();
    await Promise.all([completePendingRows(db), completePendingRows(db)]);
    expect(await countPendingRows(db)).toBe(0);
    expect(await indexState(db)).toEqual(await indexState(await clippedJournal()));
  });
});
