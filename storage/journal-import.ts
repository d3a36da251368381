/**
 * Importing a checked full-journal file (storage/journal-read.ts) into the journal: a preview
 * that only reads, then one read-write transaction that merges by key, keeping the newer
 * version (domain/journal-diff.ts). Entries get their list rows in the same transaction; their
 * search terms follow (storage/search-pending.ts).
 * The merge is computed again inside the write transaction, so a change made between the
 * preview and the confirmation is never overwritten by an older copy.
 */
import { type ChangeCounts, type Conflict, classifyRecord, emptyCounts, isWritten } from '../domain/journal-diff';
import { adjustDayTotals } from './day-totals';
import { type CommonplaceDb, getDb } from './db';
import type { ReceivedFeedback } from './exchange-schemas';
import { ImportedRows } from './import-rows';
import { JOURNAL_TABLE_NAMES, type JournalFileV1, type JournalTable, recordKey, recordLabel, recordVersion } from './journal-file-schema';
import type { Entry } from './schemas';
import { indexTables } from './search-index';

export type ImportCounts = Record<JournalTable, ChangeCounts>;

export interface ImportPreview {
  counts: ImportCounts;
  /** The first `MAX_LISTED_CONFLICTS` conflicts; `counts` has them all. */
  conflicts: Conflict[];
  exportedAt: number;
  learner: JournalFileV1['learner'];
  settings: JournalFileV1['settings'];
  /** Articles and links in the file for pages the journal holds under another id: matched, not added twice. */
  samePages: number;
  /** Characters of the file that were not valid UTF-8, each replaced by U+FFFD (set by the reader). */
  replacedCharacters?: number;
}

export type Progress = (done: number, total: number) => void;

/** Records read and written per IndexedDB round trip: large enough to amortise, small enough to report progress often. */
const CHUNK = 500;
export const MAX_LISTED_CONFLICTS = 200;

/** What importing `file` would change, without writing anything. */
export async function previewJournalImport(
  file: JournalFileV1,
  db: CommonplaceDb = getDb(),
  onProgress?: Progress,
): Promise<ImportPreview> {
  const { counts, conflicts, samePages } = await merge(file, db, false, onProgress);
  return { counts, conflicts, exportedAt: file.exportedAt, learner: file.learner, settings: file.settings, samePages };
}

/** Applies `file` in one read-write transaction: all of it, or (on any error) none of it. */
export async function applyJournalImport(file: JournalFileV1, db: CommonplaceDb = getDb(), onProgress?: Progress): Promise<ImportCounts> {
  return (await merge(file, db, true, onProgress)).counts;
}

async function merge(file: JournalFileV1, db: CommonplaceDb, write: boolean, onProgress?: Progress) {
  const tables = [...JOURNAL_TABLE_NAMES.map((name) => db.table(name)), ...indexTables(db), db.dayTotals];
  const total = JOURNAL_TABLE_NAMES.reduce((sum, name) => sum + file[name].length, 0);
  return db.transaction(write ? 'rw' : 'r', tables, async () => {
    const counts = Object.fromEntries(JOURNAL_TABLE_NAMES.map((name) => [name, emptyCounts()])) as ImportCounts;
    const conflicts: Conflict[] = [];
    const rows = new ImportedRows(db);
    // File ids of pages the journal already holds under its own ids (entries come before feedback).
    const samePage = new Map<string, string>();
    let done = 0;
    for (const name of JOURNAL_TABLE_NAMES) {
      const records: object[] = file[name];
      for (let start = 0; start < records.length; start += CHUNK) {
        let chunk = records.slice(start, start + CHUNK);
        if (name === 'entries') chunk = await matchSamePages(db, chunk as Entry[], samePage);
        if (name === 'feedback' && samePage.size > 0) chunk = chunk.map((record) => pointFeedbackAt(record as ReceivedFeedback, samePage));
        const locals: (object | undefined)[] = await db.table(name).bulkGet(chunk.map((record) => recordKey(name, record)));
        const written: object[] = [];
        const previous: object[] = [];
        chunk.forEach((record, index) => {
          const local = locals[index];
          const change = classifyRecord(local, record, (r) => recordVersion(name, r));
          counts[name][change] += 1;
          if (isWritten(change)) written.push(record);
          if (isWritten(change) && local) previous.push(local);
          if (change === 'conflict' && local && conflicts.length < MAX_LISTED_CONFLICTS) {
            conflicts.push({
              table: name,
              key: recordKey(name, record),
              label: recordLabel(name, local),
              localVersion: recordVersion(name, local),
              fileVersion: recordVersion(name, record),
            });
          }
        });
        if (write && written.length > 0) await writeChunk(db, name, written, previous, rows);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    return { counts, conflicts, samePages: samePage.size };
  });
}

/** One entry per page: what the journal's clips and re-clips keep (storage/entries.ts). */
const isPage = (entry: Entry) => entry.kind === 'article' || entry.kind === 'link';

/**
 * An article or link in the file for a page the journal already holds under another id (clipped
 * in two browsers, say) is that entry, as a re-clip would be: it takes the local id, and merges
 * like any other copy of it (the newer version wins; the preview lists conflicts).
 */
async function matchSamePages(db: CommonplaceDb, chunk: Entry[], samePage: Map<string, string>): Promise<Entry[]> {
  const pages = chunk.filter((entry) => isPage(entry) && entry.url);
  if (pages.length === 0) return chunk;
  const [byId, byUrl] = await Promise.all([
    db.entries.bulkGet(pages.map((entry) => entry.id)),
    db.entries
      .where('url')
      .anyOf(pages.map((entry) => entry.url))
      .toArray(),
  ]);
  const known = new Set(byId.flatMap((entry) => (entry ? [entry.id] : [])));
  const localByUrl = new Map(byUrl.filter(isPage).map((entry) => [entry.url, entry.id]));
  for (const entry of pages) {
    const localId = localByUrl.get(entry.url);
    if (!known.has(entry.id) && localId && localId !== entry.id) samePage.set(entry.id, localId);
  }
  return chunk.map((entry) => {
    const localId = samePage.get(entry.id);
    return localId ? { ...entry, id: localId } : entry;
  });
}

/** A comment beside an entry that was matched to a local one moves with it. */
function pointFeedbackAt(feedback: ReceivedFeedback, samePage: Map<string, string>): ReceivedFeedback {
  const entryId = feedback.entryId && samePage.get(feedback.entryId);
  const targetId = feedback.target.type === 'entry' ? samePage.get(feedback.target.id) : undefined;
  if (!entryId && !targetId) return feedback;
  return {
    ...feedback,
    ...(entryId ? { entryId } : {}),
    ...(targetId ? { target: { ...feedback.target, id: targetId } } : {}),
  } as ReceivedFeedback;
}

/**
 * Writes a chunk; entries with their list rows and the day totals (`previous`: the stored
 * versions the chunk replaces).
 */
async function writeChunk(db: CommonplaceDb, name: JournalTable, records: object[], previous: object[], rows: ImportedRows): Promise<void> {
  if (name === 'entries') {
    const entries = records as Entry[];
    await rows.write(entries, new Map((previous as Entry[]).map((entry) => [entry.id, entry])));
    await adjustDayTotals(db, previous as Entry[], entries);
  }
  await db.table(name).bulkPut(records);
}
