/**
 * Posting lists: for each search term, the documents that contain it, kept as sorted blocks of
 * numbers. A multiEntry index would store one IndexedDB record per term per entry
 * (about 250 for a 2 KB article), which made a clip cost about 50 ms and a 100,000-entry journal
 * hours to index. A block holds up to `MAX_BLOCK_DOCS` document numbers of one term in one
 * record, so a query reads a common word's newest matches in one request and an index update
 * rewrites a few thousand small records in the background instead of on the clip's path.
 *
 * A document number (`doc`, storage/list-row.ts) sorts like the entry's creation time, so a
 * term's blocks read from the highest down give its newest matches first.
 */

/** One block of a term's posting list: ascending document numbers, `low` the first of them. */
export interface PostingBlock {
  term: string;
  low: number;
  docs: Float64Array;
}

/** What a batch of index changes does to one term. */
export interface TermChange {
  /** Documents that now have the term, ascending. */
  add: number[];
  /** Documents that no longer have it, ascending. */
  remove: number[];
}

/**
 * A change to one document's listings waiting in the queue (storage/postings.ts): the posting
 * lists, minus `stale`, plus `add`, answer for the document as its entry is now.
 */
export interface QueuedTerms {
  doc: number;
  /** Terms to list the document under. */
  add: readonly string[];
  /** Terms the posting lists may still list the document under, which it no longer has. */
  stale: readonly string[];
}

/** Largest block: 8 KB of numbers, read in one request and rewritten whole when it changes. */
export const MAX_BLOCK_DOCS = 1024;

/**
 * The queued change for `doc` once the terms it should be found by go from `before` to `after`
 * (both [] for an entry not, or not yet, in the posting lists), given the change already queued
 * for it; `undefined` when the posting lists as they are answer right. Whatever the lists hold
 * for the document, the queued change keeps "lists minus stale plus add" equal to `after`.
 */
export function restate(doc: number, before: readonly string[], after: readonly string[], queued?: QueuedTerms): QueuedTerms | undefined {
  const was = new Set(before);
  const now = new Set(after);
  const stale = new Set([...before, ...(queued?.stale ?? [])].filter((term) => !now.has(term)));
  const add = new Set([...after.filter((term) => !was.has(term)), ...(queued?.add ?? []).filter((term) => now.has(term))]);
  if (stale.size === 0 && add.size === 0) return undefined;
  return { doc, add: [...add], stale: [...stale] };
}

/** The changes a batch of queued documents makes, term by term. */
export function changesByTerm(queued: readonly QueuedTerms[]): Map<string, TermChange> {
  const changes = new Map<string, TermChange>();
  const changeOf = (term: string) => {
    let change = changes.get(term);
    if (!change) {
      change = { add: [], remove: [] };
      changes.set(term, change);
    }
    return change;
  };
  for (const { doc, add, stale } of queued) {
    for (const term of add) changeOf(term).add.push(doc);
    for (const term of stale) changeOf(term).remove.push(doc);
  }
  for (const change of changes.values()) {
    change.add.sort(ascending);
    change.remove.sort(ascending);
  }
  return changes;
}

/**
 * Whether the last of `blocks` (or a first block, when there are none) outgrows a block with
 * `change`: only then does it matter whether a newer block of the term exists (`rewriteBlocks`).
 */
export function lastBlockOverflows(blocks: readonly PostingBlock[], change: TermChange, maxDocs = MAX_BLOCK_DOCS): boolean {
  const last = blocks.at(-1);
  const from = blocks.length > 1 && last ? last.low : Number.NEGATIVE_INFINITY;
  return (last?.docs.length ?? 0) + change.add.filter((doc) => doc >= from).length > maxDocs;
}

/**
 * The blocks to write and the `low`s of blocks to delete once `change` is applied to `blocks`
 * (a run of one term's blocks, ascending, that covers every document in `change`). A document
 * belongs to the block with the greatest low at or below it (or the first block); each block
 * changes on its own. A block that outgrows `maxDocs` splits: the term's newest block
 * (`isNewest`: no block of the term lies above the run) into full blocks and the rest, since
 * new entries keep arriving at the top; any other into even parts, so an entry filed amid the
 * list never leaves a block of one.
 */
export function rewriteBlocks(
  term: string,
  blocks: readonly PostingBlock[],
  change: TermChange,
  isNewest: boolean,
  maxDocs = MAX_BLOCK_DOCS,
): { put: PostingBlock[]; deleteLows: number[] } {
  const runs = blocks.length > 0 ? blocks : [{ term, low: Number.NaN, docs: new Float64Array() }];
  const adds = runs.map((): number[] => []);
  const removes = runs.map(() => new Set<number>());
  for (const doc of change.add) adds[blockOf(runs, doc)]?.push(doc);
  for (const doc of change.remove) removes[blockOf(runs, doc)]?.add(doc);
  const put: PostingBlock[] = [];
  const deleteLows: number[] = [];
  runs.forEach((block, i) => {
    const removed = removes[i] as Set<number>;
    const docs = mergeAscending(Array.from(block.docs), adds[i] as number[]).filter((doc) => !removed.has(doc));
    if (sameDocs(block.docs, docs)) return;
    const parts = split(docs, maxDocs, isNewest && i === runs.length - 1);
    if (!Number.isNaN(block.low) && parts[0]?.[0] !== block.low) deleteLows.push(block.low);
    for (const part of parts) put.push({ term, low: part[0] as number, docs: Float64Array.from(part) });
  });
  return { put, deleteLows };
}

/** Index of the block `doc` belongs to: the last with `low` at or below it, else the first. */
function blockOf(blocks: readonly PostingBlock[], doc: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((blocks[mid] as PostingBlock).low <= doc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A block's documents in blocks of at most `maxDocs`: full ones first (`fillFirst`), else even. */
function split(docs: readonly number[], maxDocs: number, fillFirst: boolean): number[][] {
  if (docs.length === 0) return [];
  const count = Math.ceil(docs.length / maxDocs);
  const size = fillFirst ? maxDocs : Math.ceil(docs.length / count);
  const parts: number[][] = [];
  for (let start = 0; start < docs.length; start += size) parts.push(docs.slice(start, start + size));
  return parts;
}

/** Sorted union of two ascending lists, each value once. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (out.at(-1) !== next) out.push(next);
  }
  return out;
}

function sameDocs(a: Float64Array, b: readonly number[]): boolean {
  return a.length === b.length && b.every((doc, i) => a[i] === doc);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** What the queue changes for a query's terms. */
export interface QueueOverlay {
  /** Documents a term finds that its posting list may not have yet. */
  added: Map<string, number[]>;
  /** Documents its posting list may have that no longer have the term. */
  stale: Map<string, Set<number>>;
}

/** The changes `queued` makes to the posting lists of `terms`. */
export function queueOverlay(queued: readonly QueuedTerms[], terms: Iterable<string>): QueueOverlay {
  const wanted = new Set(terms);
  const overlay: QueueOverlay = { added: new Map(), stale: new Map() };
  for (const { doc, add, stale } of queued) {
    for (const term of add) if (wanted.has(term)) overlay.added.set(term, [...(overlay.added.get(term) ?? []), doc]);
    for (const term of stale) if (wanted.has(term)) overlay.stale.set(term, (overlay.stale.get(term) ?? new Set<number>()).add(doc));
  }
  return overlay;
}
