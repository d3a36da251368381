/**
 * Reading `searchRows` index entries newest first without reading all of them (issue 3). Keys
 * under one index value come back in primary-key order, and row keys sort by creation time, so
 * the newest n are one `getAll`-style request. There is no way to resume below a primary key
 * within one index value but a cursor, which pays a round trip per key: a read that needs more
 * starts over with a larger limit instead (the total stays within a few times what is kept).
 */
import type { CommonplaceDb } from './db';

export type IndexName = 'terms' | 'boost' | 'kind' | 'tags' | 'competencyIds' | 'applied';

/** One index value's keys, read newest first down to some point. */
export interface KeyReader {
  index: IndexName;
  value: string | number;
  /** Keys read so far, newest first. */
  keys: string[];
  /** Every key of this value is in `keys`. */
  isDone: boolean;
}

export function keyReader(index: IndexName, value: string | number): KeyReader {
  return { index, value, keys: [], isDone: false };
}

/** Reads the newest `count` keys of the reader's value (or all, when there are fewer). */
export async function readNewest(db: CommonplaceDb, reader: KeyReader, count: number): Promise<void> {
  const wanted = Math.max(1, Math.ceil(count));
  reader.keys = (await db.searchRows.where(reader.index).equals(reader.value).reverse().limit(wanted).primaryKeys()) as string[];
  reader.isDone = reader.keys.length < wanted;
}

/**
 * The lowest key down to which the reader knows every key of its value, `''` when it knows
 * them all or has read past `lower` (older keys are not wanted).
 */
export function frontierOf(reader: KeyReader, lower = ''): string {
  const last = reader.keys.at(-1) ?? '';
  return reader.isDone || last < lower ? '' : last;
}

/**
 * The first `max` distinct indexed terms starting with `prefix`, in order. A cursor seeks from
 * one term straight to the next (Dexie's `uniqueKeys` walks every entry of a common term).
 */
export async function termsStartingWith(db: CommonplaceDb, prefix: string, max: number): Promise<string[]> {
  // A read through Dexie, so a live query re-runs when a term under the prefix changes.
  const [first] = await db.searchRows.where('terms').startsWith(prefix).limit(1).primaryKeys();
  if (first === undefined) return [];
  const index = db.backendDB().transaction('searchRows', 'readonly').objectStore('searchRows').index('terms');
  const request = index.openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  return new Promise((resolve, reject) => {
    const terms: string[] = [];
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) terms.push(cursor.key as string);
      if (!cursor || terms.length >= max) resolve(terms);
      // The smallest string after this term: skips the term's other entries in one seek.
      else cursor.continue(`${cursor.key as string}\u0000`);
    };
  });
}
