/**
 * The posting lists on disk (domain/postings.ts) and the queue in front of them. An entry write
 * queues its terms' change in one small record (`indexQueue`), in the entry's own transaction,
 * so a clip costs two puts however long the article; queries read the queue with the lists, so
 * they are right from the moment the write commits. `mergeQueued` later folds the queue into
 * the blocks, a batch per transaction, in whichever page or worker wrote last.
 */
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

/** Applies term changes to the blocks they touch. Inside a transaction over `postings`. */
export async function applyChanges(db: CommonplaceDb, changes: Map<string, TermChange>): Promise<void> {
  await Promise.all([...changes].map(([term, change]) => applyToTerm(db, term, change)));
}

async function applyToTerm(db: CommonplaceDb, term: string, change: TermChange): Promise<void> {
  const lowest = Math.min(change.add[0] ?? Number.POSITIVE_INFINITY, change.remove[0] ?? Number.POSITIVE_INFINITY);
  const highest = Math.max(change.add.at(-1) ?? -1, change.remove.at(-1) ?? -1);
  // The blocks from the one holding `highest` down to the one holding `lowest` (a document
  // belongs to the block with the greatest low at or below it).
  const covering = (await db.postings
    .where('[term+low]')
    .between([term, Number.NEGATIVE_INFINITY], [term, highest], true, true)
    .reverse()
    .until((block) => block.low <= lowest, true)
    .toArray()) as PostingBlock[];
  covering.reverse();
  // Whether a newer block exists matters only when the last block splits: ask only then.
  const isNewest =
    !lastBlockOverflows(covering, change) ||
    (await db.postings.where('[term+low]').between([term, highest], [term, Number.POSITIVE_INFINITY], false, true).limit(1).count()) === 0;
  const { put, deleteLows } = rewriteBlocks(term, covering, change, isNewest);
  if (deleteLows.length > 0) await db.postings.bulkDelete(deleteLows.map((low) => [term, low]));
  if (put.length > 0) await db.postings.bulkPut(put);
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
