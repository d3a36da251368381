import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseQuery, tokenize } from '../../../domain/search';
import { type CandidateMatch, rankCandidates } from '../../../domain/search-rank';
import { CommonplaceDb } from '../../../storage/db';
import { annotateEntry, deleteEntry, restoreEntry, saveCapture } from '../../../storage/entries';
import type { Entry } from '../../../storage/schemas';
import { reindexEntries, searchKeys } from '../../../storage/search-index';
import { rowKey } from '../../../storage/search-row';
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

/** The same query answered by reading every entry and tokenizing it whole: no index. */
async function bruteForce(input: string): Promise<string[]> {
  const query = parseQuery(input);
  const wanted = [...query.terms, ...(query.prefix ? [query.prefix] : [])];
  const matches = (terms: Set<string>, i: number) =>
    query.prefix !== undefined && i === wanted.length - 1
      ? [...terms].some((term) => term.startsWith(wanted[i] as string))
      : terms.has(wanted[i] as string);
  const candidates: CandidateMatch[] = [];
  for (const entry of await db.entries.toArray()) {
    const body = entry.article?.text ?? entry.selection?.text ?? '';
    const all = new Set(tokenize([entry.title, ...entry.tags, entry.note, entry.takeaway, entry.applyPlan, body].join('\n')));
    const boost = new Set(tokenize([entry.title, ...entry.tags].join('\n')));
    let matched = 0;
    let boosted = 0;
    wanted.forEach((_, i) => {
      if (matches(all, i)) matched |= 1 << i;
      if (matches(boost, i)) boosted |= 1 << i;
    });
    if (matched) candidates.push({ key: rowKey(entry.createdAt, entry.id), matched, boosted });
  }
  return rankCandidates(candidates);
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
    expect({ label, query, keys: await searchKeys(query, db) }).toEqual({ label, query, keys: await bruteForce(query) });
  }
}

describe('search index', () => {
  it('ranks title and tag matches above body, and more matched terms above fewer', async () => {
    const save = (title: string, body: string, at: number) =>
      saveCapture({ kind: 'article', url: `https://e.com/${at}`, title, article: articleOf(body) }, at, db, newId);
    const body = await save('Plain', 'all about feedback here', T0 + 3);
    const title = await save('Feedback matters', 'nothing else', T0 + 1);
    const both = await save('Loops', 'feedback loops everywhere', T0);
    const tagged = await save('Tagged', 'unrelated', T0 + 2);
    await annotateEntry(tagged.entry.id, { note: '', tags: ['Feedback'] }, T0 + 5, db);
    const keys = await searchKeys('feedback loop', db);
    const ids = (await db.searchRows.bulkGet(keys)).map((row) => row?.id);
    expect(ids).toEqual([both.entry.id, tagged.entry.id, title.entry.id, body.entry.id]);
  });

  it('finds notes and tags as the learner edits them, and forgets removed words', async () => {
    const { entry } = await saveCapture({ kind: 'link', url: 'https://e.com/x', title: 'A link' }, T0, db, newId);
    await annotateEntry(entry.id, { note: 'Kaizen thoughts', tags: ['retro'] }, T0 + 1, db);
    expect(await searchKeys('kaizen', db)).toHaveLength(1);
    expect(await searchKeys('retro', db)).toHaveLength(1);
    await annotateEntry(entry.id, { note: 'other', tags: [] }, T0 + 2, db);
    expect(await searchKeys('kaizen', db)).toEqual([]);
    expect(await searchKeys('retro', db)).toEqual([]);
  });

  it('reindexEntries repairs rows after writes that bypassed the index', async () => {
    const { entry } = await saveCapture({ kind: 'note', url: '', title: 'Imported', note: 'first' }, T0, db, newId);
    const changed: Entry = { ...entry, note: 'second words' };
    await db.entries.put(changed);
    const ghost = rowKey(T0, 'gone');
    const [row] = await db.searchRows.toArray();
    if (!row) throw new Error('saveCapture wrote no search row');
    await db.searchRows.put({ ...row, key: ghost, id: 'gone' });
    expect(await searchKeys('second', db)).toEqual([]);
    await reindexEntries([entry.id, 'gone'], db);
    expect(await searchKeys('second', db)).toHaveLength(1);
    expect(await searchKeys('first', db)).toEqual([]);
    expect(await db.searchRows.get(ghost)).toBeUndefined();
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
    await expectIndexAgrees('after adds');
    for (let i = 0; i < 15; i++) {
      const tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(random, WORDS));
      await annotateEntry(pick(random, ids), { note: sentence(random, 5), tags }, T0 + 100_000 + i, db);
    }
    await expectIndexAgrees('after edits');
    const deleted: Entry[] = [];
    for (let i = 0; i < 10; i++) {
      const gone = await deleteEntry(pick(random, ids), db);
      if (gone) deleted.push(gone);
    }
    await expectIndexAgrees('after deletes');
    for (const entry of deleted.slice(0, 5)) await restoreEntry(entry, db);
    await expectIndexAgrees('after restores');
    expect(await db.searchRows.count()).toBe(await db.entries.count());
  });
});
