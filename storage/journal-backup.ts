/**
 * The parts of backup and restore that need extension storage (settings and the learner id
 * live in `storage.local`, which the backup worker cannot reach), and the whole import
 * pipeline in one call for tests and callers that hold a file's text.
 */
import type { ReadLimits } from '../domain/untrusted-json';
import { type CommonplaceDb, getDb } from './db';
import { LearnerSchema } from './exchange-schemas';
import { getLearnerId, setLearnerId } from './identity';
import type { JournalIdentity } from './journal-export';
import type { JournalFileV1 } from './journal-file-schema';
import { applyJournalImport, type ImportCounts, type Progress } from './journal-import';
import { readJournalFile } from './journal-read';
import { completePendingRows } from './search-pending';
import { readSettings, updateSettings } from './settings';

/** The learner id and settings to put in an export. */
export async function readJournalIdentity(): Promise<JournalIdentity> {
  const settings = await readSettings();
  return { learner: LearnerSchema.parse({ id: await getLearnerId(), displayName: settings.displayName }), settings };
}

/** Makes a file's settings and learner id this journal's. */
export async function restoreJournalIdentity(file: Pick<JournalFileV1, 'learner' | 'settings'>): Promise<void> {
  await updateSettings(file.settings);
  await setLearnerId(file.learner.id);
}

/**
 * Reads, checks and imports a journal file's text: every step of the pipeline. Throws
 * `ImportFileError` for a refused file, which changes nothing (settings included: they are
 * restored, when asked, only after the journal is written). The imported entries' text terms
 * are indexed before it returns.
 */
export async function importJournal(
  text: string,
  db: CommonplaceDb = getDb(),
  options: { restoreSettings?: boolean; onProgress?: Progress; limits?: ReadLimits } = {},
): Promise<ImportCounts> {
  const file = readJournalFile(text, undefined, options.limits);
  const counts = await applyJournalImport(file, db, options.onProgress);
  if (options.restoreSettings) await restoreJournalIdentity(file);
  await completePendingRows(db);
  return counts;
}
