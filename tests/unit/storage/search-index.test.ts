import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BLOCK_DOCS } from '../../../domain/postings';
import { parseQuery, tokenize } from '../../../domain/search';
import { type Match, rankMatches } from '../../../domain/search-rank';
import { CommonplaceDb } from '../../../storage/db';
import { annotateEntry, deleteEntry, restoreEntry, saveCapture } from '../../../storage/entries';
import { mergeQueued } from '../../../storage/postings';
import type { Entry } from '../../../storage/schemas';
import { findDocs, MAX_PREFIX_TERMS, searchDocs } from '../../../storage/search-find';
import { reindexEntries, repairSearchIndex } from '../../../storage/search-index';
import { articleOf, pick, seededRandom, sentence, WORDS } from './search-random';

const T0 = Date.UTC(2026, 10, 2, 9, 30);
let db: CommonplaceDb;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeEach(() => {
  db = new CommonplaceDb(`search-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/**
 * The same query answered by reading every entry and tokenizing it whole, without the index:
 * entries with every term, the prefix standing for its first `MAX_PREFIX_TERMS` terms in the
 * journal, ranked by `rankMatches` from newest first.
 */
async function bruteForce(input: string): Promise<number[]> {
  const query = parseQuery(input);
  const entries = await db.entries.toArray();
  const docOf = new Map((await db.listRows.toArray()).map((row) => [row.id, row.doc]));
  const termsOf = (entry: Entry) =>
    new Set(
      tokenize(
        [entry.title, ...entry.tags, entry.note, entry.takeaway, entry.applyPlan, entry.article?.text ?? entry.selection?.text ?? ''].join(
          '\n',
        ),
      ),
    );
  const vocabulary = [...new Set(entries.flatMap((entry) => [...termsOf(entry)]))].sort();
  const prefix = query.prefix;
  const completions = prefix === undefined ? [] : vocabulary.filter((term) => term.startsWith(prefix)).slice(0, MAX_PREFIX_TERMS);
  const wanted = [...query.terms.map((term) => [term]), ...(prefix === undefined ? [] : [completions])];
  const has = (terms: Set<string>, alternatives: string[]) => alternatives.some((term) => terms.has(term));
  const matches: Match[] = [];
  for (const entry of entries) {
    const all = termsOf(entry);
    const boost = new Set(tokenize([entry.title, ...entry.tags].join('\n')));
    if (wanted.length === 0 || !wanted.every((alternatives) => has(all, alternatives))) continue;
    const boosted = wanted.reduce((bits, alternatives, i) => (has(boost, alternatives) ? bits | (1 << i) : bits), 0);
    matches.push({ doc: docOf.get(entry.id) ?? -1, boosted });
  }
  return rankMatches(matches.sort((a, b) => b.doc - a.doc));
}

async function idsOf(docs: number[]): Promise<(string | undefined)[]> {
  return (await db.listRows.bulkGet(docs)).map((row) => row?.id);
}

const QUERIES = [
  'habit',
  'habit ',
  'hab',
  'loop feedback',
  'cafe',
  'CAFÉ ',
  'naive lea',
  '学习',
  '学',
  'review',
  'the focus',
  'zzz',
  'notes mentor coach ',
];

async function expectIndexAgrees(label: string): Promise<void> {
  for (const query of QUERIES) {
    expect({ label, query, docs: await searchDocs(query, db) }).toEqual({ label, query, docs: await bruteForce(query) });
  }
}

describe('search index', () => {
  it('finds entries with every term, title and tag matches first, newest first among equals', async () => {
    const save = (title: string, body: string, at: number) =>
      saveCapture({ kind: 'article', url: `https://e.com/${at}`, title, article: articleOf(body) }, at, db, newId);
    const body = await save('Plain', 'feedback loops here', T0 + 3);
    const oneInTitle = await save('Feedback matters', 'loops', T0 + 1);
    const bothInTitle = await save('Feedback loops', 'nothing else', T0);
    const tagged = await save('Tagged', 'loops', T0 + 2);
    await annotateEntry(tagged.entry.id, { note: '', tags: ['Feedback'] }, T0 + 5, db);
    await save('Only feedback', 'no other word', T0 + 4);
    const ids = await idsOf(await searchDocs('feedback loop', db));
    expect(ids).toEqual([bothInTitle.entry.id, tagged.entry.id, oneInTitle.entry.id, body.entry.id]);
  });

  it('reads the newest matches first and says when older ones are left', async () => {
    const saved: number[] = [];
    for (let i = 0; i < 12; i++) {
      const title = i % 3 === 0 ? 'Coaching notes' : `Entry ${i}`;
      const { entry } = await saveCapture(
        { kind: 'note', url: '', title, note: i % 2 ? 'coaching practice' : 'practice' },
        T0 + i,
        db,
        newId,
      );
      saved.push((await db.listRows.where('id').equals(entry.id).first())?.doc ?? -1);
    }
    // Entries 0, 1, 3, 5, 6, 7, 9 and 11 mention coaching; the newest four are 11, 9, 7 and 6, of
    // which 9 and 6 have it in the title.
    const found = await findDocs('coaching', { limit: 4 }, db);
    expect(found).toEqual({ docs: [saved[9], saved[6], saved[11], saved[7]], isComplete: false });
    expect(await findDocs('coaching practice', { limit: 20 }, db)).toMatchObject({ isComplete: true });
    expect((await findDocs('coaching practice', { limit: 20 }, db)).docs).toHaveLength(8);
    const dated = await findDocs('practice', { limit: 20, lower: saved[2], upper: saved[4] }, db);
    expect(dated).toEqual({ docs: [saved[4], saved[3], saved[2]], isComplete: true });
  });

  it('a prefix stands for its first terms in alphabetical order', async () => {
    const words = Array.from({ length: MAX_PREFIX_TERMS + 2 }, (_, i) => `hab${String.fromCharCode(97 + i)}`);
    for (const [i, word] of words.entries()) await saveCapture({ kind: 'note', url: '', title: word, note: '' }, T0 + i, db, newId);
    const rows = await db.listRows.bulkGet(await searchDocs('hab', db));
    expect(rows.map((row) => row?.title).sort()).toEqual(words.slice(0, MAX_PREFIX_TERMS));
  });

  it('finds notes and tags as the learner edits them, and forgets removed words', async () => {
    const { entry } = await saveCapture({ kind: 'link', url: 'https://e.com/x', title: 'A link' }, T0, db, newId);
    await annotateEntry(entry.id, { note: 'Kaizen thoughts', tags: ['retro'] }, T0 + 1, db);
    expect(await searchDocs('kaizen', db)).toHaveLength(1);
    expect(await searchDocs('retro', db)).toHaveLength(1);
    await annotateEntry(entry.id, { note: 'other', tags: [] }, T0 + 2, db);
    expect(await searchDocs('kaizen', db)).toEqual([]);
    expect(await searchDocs('retro', db)).toEqual([]);
  });

  it('reindexEntries adds rows for entries written around the index and drops rows without an entry', async () => {
    const { entry } = await saveCapture({ kind: 'note', url: '', title: 'Kept', note: 'first' }, T0, db, newId);
    const written: Entry = { ...entry, id: newId(), title: 'Written around', note: 'second words', createdAt: T0 + 1 };
    await db.entries.put(written);
    const [row] = await db.listRows.toArray();
    if (!row) throw new Error('saveCapture wrote no list row');
    await db.listRows.put({ ...row, doc: row.doc + 7, id: 'gone' });
    expect(await searchDocs('second', db)).toEqual([]);
    await reindexEntries([written.id, 'gone'], db);
    expect(await idsOf(await searchDocs('second', db))).toEqual([written.id]);
    expect(await idsOf(await searchDocs('first', db))).toEqual([entry.id]);
    expect(await db.listRows.get(row.doc + 7)).toBeUndefined();
  });

  it('reads posting lists of many blocks newest first, and all of them when the matches lie deep', async () => {
    const blocksOf = (term: string, docs: number[]) =>
      Array.from({ length: Math.ceil(docs.length / MAX_BLOCK_DOCS) }, (_, i) => {
        const part = docs.slice(i * MAX_BLOCK_DOCS, (i + 1) * MAX_BLOCK_DOCS);
        return { term, low: part[0] as number, docs: Float64Array.from(part) };
      });
    const every = Array.from({ length: 5 * MAX_BLOCK_DOCS }, (_, i) => i);
    await db.postings.bulkPut([
      ...blocksOf('common', every),
      ...blocksOf(
        'sevens',
        every.filter((doc) => doc % 7 === 0),
      ),
      ...blocksOf('rare', [3, 10, 5000]),
    ]);
    const newest = every.filter((doc) => doc % 7 === 0).reverse();
    expect(await findDocs('common sevens', { limit: 200 }, db)).toEqual({ docs: newest.slice(0, 200), isComplete: false });
    // The rare word's oldest matches lie in the common word's oldest block.
    expect(await findDocs('common rare', { limit: 200 }, db)).toEqual({ docs: [5000, 10, 3], isComplete: true });
    expect(await findDocs('sevens rare', { limit: 200 }, db)).toEqual({ docs: [], isComplete: true });
    expect((await searchDocs('common sevens', db)).length).toBe(newest.length);
  });

  it('repairSearchIndex lists entries written without a row and drops rows whose entry is gone', async () => {
    const { entry } = await saveCapture({ kind: 'note', url: '', title: 'Kept', note: 'first' }, T0, db, newId);
    expect(await repairSearchIndex(db)).toBe(0);
    const raw: Entry = { ...entry, id: newId(), title: 'Raw', note: 'unlisted words', createdAt: T0 + 1 };
    await db.entries.put(raw);
    expect(await repairSearchIndex(db)).toBe(1);
    expect(await idsOf(await searchDocs('unlisted', db))).toEqual([raw.id]);
    await db.entries.delete(raw.id);
    expect(await repairSearchIndex(db)).toBe(1);
    expect((await db.listRows.toArray()).map((row) => row.id)).toEqual([entry.id]);
  });

  it.each([1, 2, 3])('agrees with a brute-force scan across adds, edits, deletes and restores (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const kind = pick(random, ['article', 'selection', 'note', 'link'] as const);
      const text = sentence(random, 3 + Math.floor(random() * 30));
      const { entry } = await saveCapture(
        {
          kind,
          url: kind === 'note' ? '' : `https://e.com/${Math.floor(random() * 30)}`,
          title: sentence(random, 1 + Math.floor(random() * 3)),
          ...(kind === 'article' ? { article: articleOf(text) } : {}),
          ...(kind === 'selection' ? { selection: { text, html: '' } } : {}),
          note: random() < 0.3 ? sentence(random, 4) : undefined,
        },
        T0 + i * 1000,
        db,
        newId,
      );
      ids.push(entry.id);
    }
    await expectIndexAgrees('after adds, queued');
    // One queued change per entry (re-clipped pages among the 40 saves are one entry).
    const entries = await db.entries.count();
    expect(await mergeQueued(db)).toBe(entries);
    await expectIndexAgrees('after adds, merged');
    for (let i = 0; i < 15; i++) {
      const tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(random, WORDS));
      await annotateEntry(pick(random, ids), { note: sentence(random, 5), tags }, T0 + 100_000 + i, db);
    }
    await expectIndexAgrees('after edits, queued over merged lists');
    const deleted: Entry[] = [];
    for (let i = 0; i < 10; i++) {
      const gone = await deleteEntry(pick(random, ids), db);
      if (gone) deleted.push(gone);
    }
    await expectIndexAgrees('after deletes');
    if (seed === 2) await mergeQueued(db);
    for (const entry of deleted.slice(0, 5)) await restoreEntry(entry, db);
    await expectIndexAgrees('after restores');
    await mergeQueued(db);
    await expectIndexAgrees('after the last merge');
    expect(await db.indexQueue.count()).toBe(0);
    expect(await db.listRows.count()).toBe(await db.entries.count());
  });
});
