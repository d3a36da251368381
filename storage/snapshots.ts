/**
 * Automatic local snapshots of the whole journal, kept outside IndexedDB in the origin private
 * file system, so that a database the browser deletes as corrupt does not take them along.
 * Each is a full journal file (storage/journal-export.ts), restored through the same checked
 * import as any backup. Files are written with `createWritable`, which writes a temporary file
 * and swaps it in on close: a snapshot is whole or absent. The newest few are kept.
 */
import { browser } from 'wxt/browser';
import {
  isSnapshotDue,
  type JournalState,
  judgeJournal,
  parseSnapshotName,
  type SnapshotName,
  snapshotName,
  snapshotsToDelete,
} from '../domain/journal-loss';
import { type CommonplaceDb, getDb } from './db';
import { ensureRoomToWrite, readDiskSpace } from './disk-guard';
import { countEntries } from './entries';
import { readJournalIdentity } from './journal-backup';
import { exportJournalBlob } from './journal-export';
import { JOURNAL_TABLE_NAMES } from './journal-file-schema';
import { z } from './zod';

const FOLDER = 'snapshots';
/** The last snapshot written, in extension storage: it survives the database. */
const MARK_KEY = 'journalSnapshotMark';
/** The snapshot the learner chose not to restore ("start with an empty journal"). */
const DISMISSED_KEY = 'journalLossDismissed';

const MarkSchema = z.strictObject({
  at: z.number(),
  entries: z.number().int().min(0),
  bytes: z.number().int().min(0),
  changeMark: z.string().max(500),
});
type SnapshotMark = z.infer<typeof MarkSchema>;

export interface SnapshotInfo extends SnapshotName {
  name: string;
  bytes: number;
}

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(FOLDER, { create: true });
}

async function readMark(): Promise<SnapshotMark | undefined> {
  const parsed = MarkSchema.safeParse((await browser.storage.local.get(MARK_KEY))[MARK_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** The snapshots on disk, newest first. */
export async function listSnapshots(): Promise<SnapshotInfo[]> {
  const found: SnapshotInfo[] = [];
  const dir = await folder();
  // `values()` is the async iterator of the directory's handles.
  for await (const handle of (dir as unknown as { values: () => AsyncIterable<FileSystemHandle> }).values()) {
    const described = parseSnapshotName(handle.name);
    if (!described || handle.kind !== 'file') continue;
    const file = await (handle as FileSystemFileHandle).getFile();
    found.push({ ...described, name: handle.name, bytes: file.size });
  }
  return found.sort((a, b) => b.at - a.at);
}

/** One snapshot's file, to restore through the journal import. */
export async function readSnapshot(name: string): Promise<File> {
  if (!parseSnapshotName(name)) throw new Error('Not a snapshot');
  return (await (await folder()).getFileHandle(name)).getFile();
}

/**
 * What changed since the last snapshot, cheaply: the size of every journal table and the newest
 * entry edit. Equal marks mean nothing worth a new snapshot happened (edits to other kinds of
 * record show in the daily snapshot).
 */
export async function journalChangeMark(db: CommonplaceDb = getDb()): Promise<string> {
  const counts = await Promise.all(JOURNAL_TABLE_NAMES.map((name) => (name === 'entries' ? countEntries(db) : db.table(name).count())));
  const newest = await db.entries.orderBy('updatedAt').last();
  return `${counts.join('.')}:${newest?.updatedAt ?? 0}`;
}

/** Writes a snapshot of the journal now, keeps the newest few, and records it. */
export async function writeSnapshot(now: number, db: CommonplaceDb = getDb()): Promise<SnapshotInfo> {
  const previous = await readMark();
  // A snapshot is about the journal's size again: keep the reserve free for the journal itself.
  await ensureRoomToWrite(Math.max(previous?.bytes ?? 0, 1_000_000));
  const changeMark = await journalChangeMark(db);
  const { blob, counts } = await exportJournalBlob(now, await readJournalIdentity(), db, undefined, { inBackground: true });
  const described = { at: now, entries: counts.entries };
  const name = snapshotName(described);
  const dir = await folder();
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(blob);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    await dir.removeEntry(name).catch(() => undefined);
    throw error;
  }
  const names = (await listSnapshots()).map((snapshot) => snapshot.name);
  for (const old of snapshotsToDelete(names)) await dir.removeEntry(old).catch(() => undefined);
  await browser.storage.local.set({
    [MARK_KEY]: { at: now, entries: counts.entries, bytes: blob.size, changeMark } satisfies SnapshotMark,
  });
  return { ...described, name, bytes: blob.size };
}

/** The journal as it opened: new, intact, or lost with the newest snapshot that can restore it. */
export async function checkJournal(db: CommonplaceDb = getDb()): Promise<{ state: JournalState; newest?: SnapshotInfo }> {
  const [entryCount, mark, snapshots, stored] = await Promise.all([
    countEntries(db),
    readMark(),
    listSnapshots().catch(() => []),
    browser.storage.local.get(DISMISSED_KEY),
  ]);
  const newest = snapshots.find((snapshot) => snapshot.entries > 0) ?? snapshots[0];
  const state = judgeJournal({
    entryCount,
    markedEntryCount: mark?.entries,
    newestSnapshotEntries: newest?.entries,
    isDismissed: newest !== undefined && stored[DISMISSED_KEY] === newest.name,
  });
  return newest ? { state, newest } : { state };
}

/** The learner chose to start empty instead of restoring `name`: stop offering it. */
export async function dismissLoss(name: string): Promise<void> {
  await browser.storage.local.set({ [DISMISSED_KEY]: name });
  await browser.storage.local.remove(MARK_KEY);
}

/**
 * Writes a snapshot when one is due (domain/journal-loss.ts): never over a journal that came
 * back empty (that would rotate the good snapshots out), never on a filling disk.
 */
export async function snapshotIfDue(now: number, db: CommonplaceDb = getDb()): Promise<SnapshotInfo | undefined> {
  if ((await readDiskSpace()).state !== 'ok') return undefined;
  const { state } = await checkJournal(db);
  if (state === 'lost') return undefined;
  const mark = await readMark();
  if (!isSnapshotDue(now, mark, await journalChangeMark(db))) return undefined;
  return writeSnapshot(now, db);
}

/** Removes every snapshot ("delete everything" leaves no copy of the journal behind). */
export async function deleteAllSnapshots(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return;
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(FOLDER, { recursive: true }).catch((error: unknown) => {
    if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
  });
}
