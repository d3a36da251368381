/**
 * Reading document numbers newest first without reading all of them, from a term's
 * posting list (blocks from the highest down, each read continuing below the last) or from a
 * filter's index on `listRows` (keys under one index value come back in primary-key order, so
 * the newest n are one request; there is no way to resume below a primary key within one index
 * value but a cursor, so a read that needs more starts over with a larger limit).
 */
import { MAX_BLOCK_DOCS, type QueueOverlay } from '../domain/postings';
import type { CommonplaceDb } from './db';

export type FilterIndex = 'kind' | 'tags' | 'competencyIds' | 'applied';

/** Up to this many blocks a term reader reads newest first with a cursor; past it, all at once. */
const FEW_BLOCKS = 4;

/** One condition's documents, read newest first down to some point. */
export interface DocReader {
  /** Documents known to meet the condition. */
  docs: Set<number>;
  /** The lowest document read from disk so far (`Infinity` before the first read). */
  depth: number;
  /** Every document of the condition is in `docs`. */
  isDone: boolean;
  /** Reads on down, about `count` more documents (fewer when there are no more). */
  readMore(count: number): Promise<void>;
}

/** The documents listed under `term`, with the queue's changes to it (`overlay`). */
export function termReader(db: CommonplaceDb, term: string, overlay: QueueOverlay): DocReader {
  const stale = overlay.stale.get(term);
  const reader: DocReader = {
    docs: new Set(overlay.added.get(term)),
    depth: Number.POSITIVE_INFINITY,
    isDone: false,
    async readMore(count) {
      const wanted = Math.max(1, Math.ceil(count / MAX_BLOCK_DOCS) + 1);
      const below = db.postings.where('[term+low]').between([term, Number.NEGATIVE_INFINITY], [term, reader.depth], true, false);
      // A few blocks: a cursor from the top. More: every block left in one getAll, which has no
      // "newest first" but costs one request, where a cursor costs one per block.
      const isAll = wanted > FEW_BLOCKS;
      const blocks = isAll ? (await below.toArray()).reverse() : await below.reverse().limit(wanted).toArray();
      for (const { docs } of blocks) {
        for (let i = docs.length - 1; i >= 0; i--) {
          const doc = docs[i] as number;
          if (!stale?.has(doc)) reader.docs.add(doc);
        }
      }
      reader.depth = blocks.at(-1)?.low ?? reader.depth;
      reader.isDone = isAll || blocks.length < wanted;
    },
  };
  return reader;
}

/** The rows with `value` under a filter's `index`. */
export function filterReader(db: CommonplaceDb, index: FilterIndex, value: string | number): DocReader {
  const reader: DocReader = {
    docs: new Set(),
    depth: Number.POSITIVE_INFINITY,
    isDone: false,
    async readMore(count) {
      const wanted = reader.docs.size + Math.max(1, Math.ceil(count));
      const docs = (await db.listRows.where(index).equals(value).reverse().limit(wanted).primaryKeys()) as number[];
      reader.docs = new Set(docs);
      reader.depth = docs.at(-1) ?? reader.depth;
      reader.isDone = docs.length < wanted;
    },
  };
  return reader;
}

/**
 * The lowest document down to which the reader knows every document of its condition; -1 when
 * it knows them all or has read below `lower` (older documents are not wanted).
 */
export function frontierOf(reader: DocReader, lower = 0): number {
  return reader.isDone || reader.depth < lower ? -1 : reader.depth;
}

/**
 * The first `max` distinct terms with posting lists that start with `prefix`, in order. A cursor
 * seeks from one term's blocks straight to the next term.
 */
export async function termsStartingWith(db: CommonplaceDb, prefix: string, max: number): Promise<string[]> {
  const upper = `${prefix}\uffff`;
  // A read through Dexie, so a live query re-runs when a term under the prefix changes.
  const [first] = await db.postings.where('[term+low]').between([prefix], [upper], true, false).limit(1).primaryKeys();
  if (first === undefined) return [];
  const store = db.backendDB().transaction('postings', 'readonly').objectStore('postings');
  const request = store.openKeyCursor(IDBKeyRange.bound([prefix], [upper], false, true));
  return new Promise((resolve, reject) => {
    const terms: string[] = [];
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      const term = cursor ? ((cursor.key as [string, number])[0] as string) : undefined;
      if (term !== undefined) terms.push(term);
      if (term === undefined || terms.length >= max) resolve(terms);
      // An array of just the term sorts before the term's blocks; with a NUL after it, after them.
      else cursor?.continue([`${term}\u0000`]);
    };
  });
}
