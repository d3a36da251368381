/**
 * Reading a full-journal file, in SECURITY.md's order: size check, `JSON.parse` refusing
 * prototype keys, depth and count limits (domain/untrusted-json.ts), the kind and version
 * header (newer: "update Commonplace"; older: migrated), then the strict schemas: the header
 * first, then each record, one at a time, so the parsed file and its checked copy are never
 * both whole in memory. Nothing here touches the database. Throws `ImportFileError`.
 */
import { migrateDocument } from '../domain/file-migration';
import { checkFileHeader, ImportFileError, parseUntrustedJson, type ReadLimits } from '../domain/untrusted-json';
import { parseFileSchema } from './file-schema';
import {
  JOURNAL_FILE_KIND,
  JOURNAL_FILE_LIMITS,
  JOURNAL_MIGRATIONS,
  JOURNAL_SCHEMA_VERSION,
  JOURNAL_TABLE_NAMES,
  JOURNAL_TABLES,
  type JournalFileV1,
  JournalHeaderV1Schema,
  recordKey,
} from './journal-file-schema';

/** Records checked between two progress calls. */
const PROGRESS_EVERY = 2_000;

/**
 * Parses the text and checks its header (steps up to the schema). The text is not kept, so the
 * caller can let it go as soon as this returns.
 */
export function parseJournalText(text: string, limits: ReadLimits = JOURNAL_FILE_LIMITS): Record<string, unknown> {
  const value = parseUntrustedJson(text, limits);
  const version = checkFileHeader(value, JOURNAL_FILE_KIND, JOURNAL_SCHEMA_VERSION);
  return migrateDocument(value as Record<string, unknown>, version, JOURNAL_SCHEMA_VERSION, JOURNAL_MIGRATIONS);
}

/**
 * Checks a parsed (and migrated) document against the strict schemas, record by record, and
 * refuses two records with the same key. `onProgress(done, total)` runs every few thousand
 * records. The document's arrays are emptied as their records are checked.
 */
export function checkJournalDocument(document: Record<string, unknown>, onProgress?: (done: number, total: number) => void): JournalFileV1 {
  const header = parseFileSchema(JournalHeaderV1Schema, document);
  const total = JOURNAL_TABLE_NAMES.reduce((sum, name) => sum + header[name].length, 0);
  let done = 0;
  for (const name of JOURNAL_TABLE_NAMES) {
    const records = header[name];
    const raw = document[name] as unknown[];
    const keys = new Set<string>();
    for (let index = 0; index < records.length; index += 1) {
      const record = parseRecord(name, index, records[index]);
      const key = recordKey(name, record);
      if (keys.has(key)) throw new ImportFileError('invalid', `${name}.${index}: ${key} appears twice`);
      keys.add(key);
      records[index] = record;
      // Let the unchecked copy go (zod copies arrays, but guard in case it ever does not).
      if (raw !== records) raw[index] = null;
      done += 1;
      if (done % PROGRESS_EVERY === 0) onProgress?.(done, total);
    }
  }
  onProgress?.(done, total);
  return header as JournalFileV1;
}

function parseRecord(name: (typeof JOURNAL_TABLE_NAMES)[number], index: number, record: unknown): object {
  try {
    return parseFileSchema(JOURNAL_TABLES[name], record) as object;
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new ImportFileError('invalid', `${name}.${index}.${error.message.replace(/^invalid:?\s*/, '')}`);
    throw error;
  }
}

/** Every step from text to a checked file (parse, header, migrate, schemas). */
export function readJournalFile(text: string, onProgress?: (done: number, total: number) => void, limits?: ReadLimits): JournalFileV1 {
  return checkJournalDocument(parseJournalText(text, limits), onProgress);
}
