/**
 * Runs inside the journal page for the search benchmark (bundled by search.bench.test.ts and
 * evaluated through the protocol): generates a journal straight into IndexedDB with the real
 * row builder, and times the real queries and writes. Not part of the extension.
 */

import { MAX_BLOCK_DOCS, type PostingBlock } from '../../domain/postings';
import { CommonplaceDb } from '../../storage/db';
import { deleteEntry, saveCapture } from '../../storage/entries';
import { resolveListing, rowsAt } from '../../storage/entry-queries';
import { entryTerms } from '../../storage/entry-terms';
import { buildListRow, docBase } from '../../storage/list-row';
import { mergeQueued } from '../../storage/postings';
import type { Entry } from '../../storage/schemas';
import { indexEntry, indexTables, unindexEntry } from '../../storage/search-index';

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'ze',
  'po',
  'qua',
  'ber',
  'dan',
  'fel',
  'gor',
  'hin',
  'jul',
  'mar',
  'nor',
  'pel',
];
const TAGS = ['focus', 'feedback', 'habits', 'coaching', 'writing', 'design', 'testing', 'leadership', 'career', 'reading'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 20,000 distinct made-up words; word i is drawn with Zipf-like probability ~ 1/(i+1). */
export const VOCABULARY: string[] = (() => {
  const words = new Set<string>();
  for (let i = 0; words.size < 20_000; i++) {
    let word = '';
    for (let n = i + 1, parts = 0; n > 0 || parts < 2; n = Math.floor(n / SYLLABLES.length), parts++)
      word += SYLLABLES[n % SYLLABLES.length];
    words.add(word);
  }
  return [...words];
})();

function zipfWord(next: () => number): string {
  // Inverse of the cumulative 1/x curve over the vocabulary (continuous approximation).
  const index = Math.floor(Math.exp(next() * Math.log(VOCABULARY.length + 1))) - 1;
  return VOCABULARY[Math.min(index, VOCABULARY.length - 1)] as string;
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => zipfWord(next)).join(' ');
}

/** One generated entry of about 2 KB of article text. */
function generated(index: number, next: () => number): Entry {
  const createdAt = START + Math.floor((index * 3 * 365 * DAY) / 100_000) + Math.floor(next() * 1000);
  const text = `${words(next, 150)}. ${words(next, 150)}.`;
  const tags = next() < 0.4 ? [TAGS[Math.floor(next() * TAGS.length)] as string] : [];
  return {
    id: crypto.randomUUID(),
    kind: next() < 0.8 ? 'article' : 'note',
    url: `https://example.com/${index}`,
    canonicalUrl: '',
    title: words(next, 6),
    article: {
      html: '',
      markdown: '',
      text,
      byline: '',
      siteName: 'Example',
      publishedTime: '',
      lang: 'en',
      dir: 'ltr',
      excerpt: text.slice(0, 200),
      wordCount: 300,
      readingMinutes: 2,
    },
    note: next() < 0.2 ? words(next, 20) : '',
    tags,
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt,
    updatedAt: createdAt,
    dayKey: new Date(createdAt).toISOString().slice(0, 10),
    ...(next() < 0.1 ? { applied: { at: createdAt + DAY, evidence: 'did it', link: '' } } : {}),
  };
}

/**
 * Adds `count` generated entries after `already`, newer than all before them, with their list
 * rows and posting lists, and returns the seconds it took. The posting lists are built in memory
 * with the real term extraction and written as full blocks: the import's own indexing pass
 * (storage/search-pending.ts, timed by the journal import benchmark) would take most of an hour
 * for 100,000 entries on this machine.
 */
export async function seed(already: number, count: number): Promise<number> {
  const db = new CommonplaceDb();
  const next = random(already + 1);
  const started = performance.now();
  const postings = new Map<string, number[]>();
  const BATCH = 5_000;
  for (let offset = 0; offset < count; offset += BATCH) {
    const entries = Array.from({ length: Math.min(BATCH, count - offset) }, (_, i) => generated(already + offset + i, next));
    // Generated creation times are distinct milliseconds and increase: each first number is free.
    const rows = entries.map((entry) => buildListRow(entry, docBase(entry.createdAt)));
    for (const entry of entries) {
      for (const term of entryTerms(entry)) {
        const docs = postings.get(term);
        if (docs) docs.push(docBase(entry.createdAt));
        else postings.set(term, [docBase(entry.createdAt)]);
      }
    }
    await db.transaction('rw', db.entries, db.listRows, async () => {
      await db.entries.bulkAdd(entries);
      await db.listRows.bulkAdd(rows);
    });
  }
  // New blocks above every block written before (these documents are the newest).
  const blocks: PostingBlock[] = [];
  for (const [term, docs] of postings) {
    for (let start = 0; start < docs.length; start += MAX_BLOCK_DOCS) {
      const part = docs.slice(start, start + MAX_BLOCK_DOCS);
      blocks.push({ term, low: part[0] as number, docs: Float64Array.from(part) });
    }
  }
  postings.clear();
  for (let start = 0; start < blocks.length; start += BATCH) {
    await db.transaction('rw', db.postings, () => db.postings.bulkPut(blocks.slice(start, start + BATCH)));
  }
  db.close();
  return (performance.now() - started) / 1000;
}

/** Milliseconds from a search text to its first 40 rows (the list's first chunk), per query. */
export async function timeSearches(queries: readonly string[], rounds: number): Promise<number[]> {
  const db = new CommonplaceDb();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      const listing = await resolveListing(query, {}, db);
      await rowsAt(listing, 0, 40, db);
      times.push(performance.now() - started);
    }
  }
  db.close();
  return times;
}

/** How many entries each query finds (to describe the queries in the report). */
export async function resultCounts(queries: readonly string[]): Promise<string[]> {
  const db = new CommonplaceDb();
  const counts = await Promise.all(
    queries.map(async (query) => {
      const listing = await resolveListing(query, {}, db);
      return listing.type === 'keys' ? `${listing.total}${listing.isComplete ? '' : '+'}` : '';
    }),
  );
  db.close();
  return counts;
}

/**
 * Per clip: a full `saveCapture` (entry, list row and queued terms in one transaction) and the
 * index part alone (`indexEntry`: the list row and the queued terms); then the merge that folds
 * those queued terms into the posting lists, which runs after the clips, off their path.
 */
export async function timeClips(count: number): Promise<{ saveMs: number[]; rowMs: number[]; mergeMs: number; merged: number }> {
  const db = new CommonplaceDb();
  // Clips are timed against a merged queue, as a journal has between merges.
  await mergeQueued(db);
  const next = random(987_654);
  const saveMs: number[] = [];
  const rowMs: number[] = [];
  const clips: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = generated(200_000 + i, next);
    const draft = { kind: 'article' as const, url: `https://bench.example/${i}-${Date.now()}`, title: entry.title, article: entry.article };
    let started = performance.now();
    const { entry: clip } = await saveCapture(draft, Date.now(), db);
    saveMs.push(performance.now() - started);
    clips.push(clip.id);
    const extra = { ...entry, id: crypto.randomUUID(), createdAt: Date.now() };
    started = performance.now();
    await db.transaction('rw', indexTables(db), () => indexEntry(db, extra, undefined));
    rowMs.push(performance.now() - started);
    await db.transaction('rw', indexTables(db), () => unindexEntry(db, extra.id, extra));
  }
  const merging = performance.now();
  const merged = await mergeQueued(db);
  const mergeMs = performance.now() - merging;
  // Gone again, so entries seeded after these (older than today) stay the newest in their lists.
  for (const id of clips) await deleteEntry(id, db);
  await mergeQueued(db);
  db.close();
  return { saveMs, rowMs, mergeMs, merged };
}

/** Queries of each kind, over words of high, middle and low frequency in the generated text. */
export function benchQueries(): { oneWord: string[]; twoWords: string[]; prefix: string[] } {
  const ranks = [5, 20, 60, 150, 400, 1_000, 3_000, 8_000];
  const word = (rank: number) => VOCABULARY[rank] as string;
  return {
    oneWord: ranks.map((rank) => `${word(rank)} `),
    twoWords: ranks.map((rank, i) => `${word(rank)} ${word(ranks[(i + 3) % ranks.length] as number)} `),
    prefix: ranks.map((rank) => word(rank).slice(0, 3)),
  };
}
