/**
 * The posting lists on disk (domain/postings.ts) and the queue in front of them. An entry write
 * queues its terms' change in one small record (`indexQueue`), in the entry's own transaction,
 * so a clip costs two puts however long the article; queries read the queue with the lists, so
 * they are right from the moment the write commits. `mergeQueued` later folds the queue into
 * the blocks, a batch per transaction, in whichever page or worker wrote last.
 */

import { Dexie } from 'dexie';
import {
  changesByTerm,
  lastBlockOverflows,
  type PostingBlock,
  type QueuedTerms,
  restate,
  rewriteBlocks,
  type TermChange,
} from '../domain/postings';
import { type CommonplaceDb, getDb } from './db';

/** Terms whose blocks are read and rewritten at once within a merge. */
const TERMS_IN_FLIGHT = 500;
/** Queued documents folded in per transaction. */
const MERGE_BATCH = 500;
/** A write leaves the queue alone below this many documents: a query reads the whole queue. */
export const MERGE_THRESHOLD = 64;

/**
 * Queues the change for `doc` as its terms go from `before` to `after` (see `restate`). Inside
 * a transaction that has `indexQueue` in its scope.
 */
export async function queueTerms(db: CommonplaceDb, doc: number, before: readonly string[], after: readonly string[]): Promise<void> {
  const queued = await db.indexQueue.get(doc);
  const next = restate(doc, before, after, queued);
  if (next) await db.indexQueue.put(next);
  else if (queued) await db.indexQueue.delete(doc);
}

/**
 * Applies term changes to the blocks they touch. Inside a transaction over `postings` (and, so
 * that live queries see the change, one that also writes `indexQueue` through Dexie: a search
 * reads the whole queue, so any write there re-runs it).
 *
 * The blocks are read and written with IndexedDB itself, not through Dexie: a batch touches
 * thousands of terms, and Dexie's per-request bookkeeping (promise zones, the ranges it records
 * for live queries) was most of an import's indexing time.
 */
export async function applyChanges(db: CommonplaceDb, changes: Map<string, TermChange>): Promise<void> {
  const transaction = Dexie.currentTransaction;
  if (!transaction || transaction.db !== db) throw new Error('applyChanges runs inside a transaction of its database');
  const store = transaction.idbtrans.objectStore('postings');
  // A few hundred terms in flight at a time keeps IndexedDB busy without holding every block
  // of a large batch in memory at once.
  const terms = [...changes];
  for (let start = 0; start < terms.length; start += TERMS_IN_FLIGHT) {
    await Promise.all(terms.slice(start, start + TERMS_IN_FLIGHT).map(([term, change]) => applyToTerm(store, term, change)));
  }
}

async function applyToTerm(store: IDBObjectStore, term: string, change: TermChange): Promise<void> {
  const lowest = Math.min(change.add[0] ?? Number.POSITIVE_INFINITY, change.remove[0] ?? Number.POSITIVE_INFINITY);
  const highest = Math.max(change.add.at(-1) ?? -1, change.remove.at(-1) ?? -1);
  const covering = await blocksCovering(store, term, lowest, highest);
  // Whether a newer block exists matters only when the last block splits: ask only then.
  const isNewest =
    !lastBlockOverflows(covering, change) ||
    (await request(store.count(IDBKeyRange.bound([term, highest], [term, Number.POSITIVE_INFINITY], true, false)))) === 0;
  const { put, deleteLows } = rewriteBlocks(term, covering, change, isNewest);
  for (const low of deleteLows) store.delete([term, low]);
  await Promise.all(put.map((block) => request(store.put(block))));
}

/**
 * The blocks of `term` from the one holding `highest` down to the one holding `lowest`
 * (a document belongs to the block with the greatest low at or below it), ascending.
 */
function blocksCovering(store: IDBObjectStore, term: string, lowest: number, highest: number): Promise<PostingBlock[]> {
  const cursor = store.openCursor(IDBKeyRange.bound([term, Number.NEGATIVE_INFINITY], [term, highest]), 'prev');
  return new Promise((resolve, reject) => {
    const blocks: PostingBlock[] = [];
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at) blocks.push(at.value as PostingBlock);
      if (!at || (at.value as PostingBlock).low <= lowest) resolve(blocks.reverse());
      else at.continue();
    };
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Folds the queue into the posting lists; returns how many documents it folded in. */
export async function mergeQueued(db: CommonplaceDb = getDb()): Promise<number> {
  let merged = 0;
  for (;;) {
    const count = await db.transaction('rw', db.indexQueue, db.postings, async () => {
      const queued = await db.indexQueue.limit(MERGE_BATCH).toArray();
      await applyChanges(db, changesByTerm(queued));
      await db.indexQueue.bulkDelete(queued.map((record) => record.doc));
      return queued.length;
    });
    merged += count;
    if (count < MERGE_BATCH) return merged;
  }
}

/** Merges the queue once it has grown past `MERGE_THRESHOLD`; after a write has committed. */
export async function mergeIfLong(db: CommonplaceDb = getDb()): Promise<void> {
  if ((await db.indexQueue.count()) >= MERGE_THRESHOLD) await mergeQueued(db);
}

/** The whole queue (short: writes merge it past `MERGE_THRESHOLD`). */
export function readQueue(db: CommonplaceDb): Promise<QueuedTerms[]> {
  return db.indexQueue.toArray();
}
