/**
 * Export of the whole journal as canonical JSON (storage/journal-file-schema.ts): fixed header
 * order, records sorted by key, keys sorted inside records, one record per line. The text is
 * handed out in parts, page by page, so a 100,000-entry journal never has to be one string.
 */
import { canonicalJson } from '../domain/canonical-json';
import { type CommonplaceDb, getDb } from './db';
import { countEntries } from './entries';
import type { LearnerSchema } from './exchange-schemas';
import { JOURNAL_FILE_KIND, JOURNAL_SCHEMA_VERSION, JOURNAL_TABLE_NAMES, type JournalTable, recordKey } from './journal-file-schema';
import type { Settings } from './settings-schema';
import type { z } from './zod';

/** Who the journal belongs to and how it is set up (from `storage.local`, which workers cannot read). */
export interface JournalIdentity {
  learner: z.infer<typeof LearnerSchema>;
  settings: Settings;
}

export type ExportCounts = Record<JournalTable, number>;

/** Records read per IndexedDB request. */
const PAGE = 1_000;
/** Per request in the background: small, so a clip's write never waits long behind a read. */
const BACKGROUND_PAGE = 200;

export interface ExportOptions {
  /**
   * In the background (automatic snapshots): each page of records is read in its own short
   * transaction, so clips and edits go on while a large journal is written out (one long read
   * transaction would hold every write back until the end: 17 s at 100,000 entries). A record
   * changed meanwhile is in the file as it was or as it is; the next snapshot has it as it is.
   */
  inBackground?: boolean;
}

/**
 * Writes the journal file's text to `write`, part by part, from one read transaction (a
 * consistent snapshot) unless `inBackground`. `onProgress(done, total)` is called after each page
 * of records. Returns how many records of each kind were written.
 */
export async function exportJournal(
  now: number,
  identity: JournalIdentity,
  write: (part: string) => void,
  db: CommonplaceDb = getDb(),
  onProgress: (done: number, total: number) => void = () => {},
  { inBackground = false }: ExportOptions = {},
): Promise<ExportCounts> {
  const tables = JOURNAL_TABLE_NAMES.map((name) => db.table(name));
  const pageSize = inBackground ? BACKGROUND_PAGE : PAGE;
  const run = async () => {
    const sizes = await Promise.all(tables.map((table) => (table.name === 'entries' ? countEntries(db) : table.count())));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const counts = Object.fromEntries(JOURNAL_TABLE_NAMES.map((name) => [name, 0])) as ExportCounts;
    let done = 0;
    write(
      `{"kind":${JSON.stringify(JOURNAL_FILE_KIND)},"schemaVersion":${JOURNAL_SCHEMA_VERSION},"exportedAt":${now},` +
        `"learner":${canonicalJson(identity.learner)},"settings":${canonicalJson(identity.settings)}`,
    );
    for (const name of JOURNAL_TABLE_NAMES) {
      write(`,\n${JSON.stringify(name)}:[`);
      const table = db.table(name);
      let last: string | undefined;
      for (;;) {
        // Primary-key order is code-unit order for string keys: the file's record order.
        const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(pageSize).toArray();
        if (page.length === 0) break;
        write(page.map((record, index) => (counts[name] + index === 0 ? '\n' : ',\n') + canonicalJson(record)).join(''));
        counts[name] += page.length;
        done += page.length;
        last = recordKey(name, page[page.length - 1]);
        onProgress(done, total);
      }
      write('\n]');
    }
    write('}\n');
    return counts;
  };
  // Outside a transaction each Dexie query runs in its own.
  return inBackground ? run() : db.transaction('r', tables, run);
}

/** Parts of the export gathered before they are folded into the Blob (strings can then be collected). */
const FOLD_CHARS = 8_000_000;

/**
 * The journal file as a Blob, built part by part so that a large journal never has to be one
 * string (the backup worker's export and the automatic snapshots).
 */
export async function exportJournalBlob(
  now: number,
  identity: JournalIdentity,
  db: CommonplaceDb = getDb(),
  onProgress?: (done: number, total: number) => void,
  options?: ExportOptions,
): Promise<{ blob: Blob; counts: ExportCounts }> {
  let blob = new Blob([]);
  let parts: string[] = [];
  let size = 0;
  const counts = await exportJournal(
    now,
    identity,
    (part) => {
      parts.push(part);
      size += part.length;
      if (size < FOLD_CHARS) return;
      blob = new Blob([blob, ...parts]);
      parts = [];
      size = 0;
    },
    db,
    onProgress,
    options,
  );
  return { blob: new Blob([blob, ...parts], { type: 'application/json' }), counts };
}

/** The file name of an export made on `day` (`YYYY-MM-DD`). */
export function journalFileName(day: string): string {
  return `commonplace-journal-${day}.json`;
}
