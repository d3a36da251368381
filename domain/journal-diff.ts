/**
 * What importing a full-journal file would do, record by record, before anything is written.
 * Records are matched by their key (id; host name for site rules) and compared by their
 * canonical JSON:
 *
 *   no local record with that key                      -> new        (added)
 *   same text                                          -> unchanged  (nothing to do)
 *   different, the file's version is newer             -> updated    (the file's copy replaces it)
 *   different, the local version is newer or the same  -> conflict   (the local copy is kept;
 *                                                                     the preview lists these)
 *
 * "Version" is the record's `updatedAt` (a sprint has none and is written once, so its `endedAt`).
 */
import { canonicalJson } from './canonical-json';

export type RecordChange = 'new' | 'updated' | 'unchanged' | 'conflict';

export interface ChangeCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflict: number;
}

/** A record the import will not apply because the local copy is as new or newer. */
export interface Conflict {
  table: string;
  key: string;
  /** What the user recognises it by (a title, a name, a day). */
  label: string;
  localVersion: number;
  fileVersion: number;
}

export const emptyCounts = (): ChangeCounts => ({ new: 0, updated: 0, unchanged: 0, conflict: 0 });

/** How one record of the file relates to the local record with the same key. */
export function classifyRecord(local: object | undefined, incoming: object, versionOf: (record: object) => number): RecordChange {
  if (local === undefined) return 'new';
  if (canonicalJson(local) === canonicalJson(incoming)) return 'unchanged';
  return versionOf(incoming) > versionOf(local) ? 'updated' : 'conflict';
}

/** True for the changes an import writes. */
export function isWritten(change: RecordChange): boolean {
  return change === 'new' || change === 'updated';
}
