/**
 * Tells a journal that came back empty after a failure from a genuinely new one. IndexedDB can
 * lose a whole database (the browser deletes one it finds corrupt and opens it again, empty);
 * what survives beside it is a mark in extension storage and the snapshots in the origin
 * private file system (storage/snapshots.ts). An empty database with either of them saying
 * there was a journal is a loss to offer to restore, never a fresh start.
 */

export interface JournalEvidence {
  /** Entries in the database now. */
  entryCount: number;
  /** Entries the journal held when the last snapshot was written, from extension storage. */
  markedEntryCount: number | undefined;
  /** Entries in the newest snapshot on disk, if there is one. */
  newestSnapshotEntries: number | undefined;
  /** The learner already chose to start empty after this loss. */
  isDismissed: boolean;
}

export type JournalState = 'new' | 'intact' | 'lost';

/** What to make of the database as it opened. */
export function judgeJournal(evidence: JournalEvidence): JournalState {
  if (evidence.entryCount > 0) return 'intact';
  const heldEntries = Math.max(evidence.markedEntryCount ?? 0, evidence.newestSnapshotEntries ?? 0);
  if (heldEntries === 0) return 'new';
  return evidence.isDismissed ? 'intact' : 'lost';
}

/** Snapshots are kept this many generations, newest first. */
export const SNAPSHOT_GENERATIONS = 3;

/** A journal that changed is snapshotted at most this often… */
export const SNAPSHOT_MIN_INTERVAL_MS = 60 * 60 * 1000;

/** …and one that did not change at least this often (so a snapshot's date says it is current). */
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Whether to write a snapshot now, given the last one and the journal's change mark. */
export function isSnapshotDue(now: number, last: { at: number; changeMark: string } | undefined, changeMark: string): boolean {
  if (!last) return true;
  if (now < last.at) return true; // the clock went back: the old time says nothing
  if (now - last.at >= SNAPSHOT_MAX_AGE_MS) return true;
  return changeMark !== last.changeMark && now - last.at >= SNAPSHOT_MIN_INTERVAL_MS;
}

/** A snapshot file as its name describes it. */
export interface SnapshotName {
  at: number;
  entries: number;
}

/**
 * `snapshot-<ms>-<entries>.json`: names sort by time (fixed width), carry the entry count so the
 * restore offer can say what a snapshot holds without reading it; other names are not ours.
 */
export function snapshotName({ at, entries }: SnapshotName): string {
  return `snapshot-${String(at).padStart(15, '0')}-${entries}.json`;
}

/** What a snapshot's name says, or undefined for a name that is not a snapshot's. */
export function parseSnapshotName(name: string): SnapshotName | undefined {
  const match = /^snapshot-(\d{15})-(\d{1,9})\.json$/.exec(name);
  return match ? { at: Number(match[1]), entries: Number(match[2]) } : undefined;
}

/** Which snapshot files to delete so that the newest `keep` remain. */
export function snapshotsToDelete(names: readonly string[], keep = SNAPSHOT_GENERATIONS): string[] {
  const ours = names.filter((name) => parseSnapshotName(name) !== undefined).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
