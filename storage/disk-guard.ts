/**
 * Keeps the journal's writes away from a full disk. Each extension context keeps its latest
 * reading of the free space; a Dexie middleware refuses read-write transactions while that
 * reading says "full", and the places where a user action starts a write (the background's
 * router, clips, imports) take a fresh reading first. A write the browser refuses anyway marks
 * the disk full until the next reading says otherwise.
 */
import type { Dexie } from 'dexie';
import { type DiskReading, judgeDiskSpace } from '../domain/disk-space';

/** A write refused because the disk (or the browser's quota) is full. Nothing was written. */
export class StorageFullError extends Error {
  constructor(readonly freeBytes: number | undefined) {
    super('The disk is full: nothing was saved.');
    this.name = 'StorageFullError';
  }
}

/** Readings younger than this are reused: a burst of writes asks the browser once. */
const FRESH_MS = 500;

let latest: DiskReading & { at: number } = { state: 'ok', freeBytes: undefined, at: 0 };
let pending: Promise<DiskReading> | undefined;
const listeners = new Set<(reading: DiskReading) => void>();

async function estimate(): Promise<{ quota?: number; usage?: number } | undefined> {
  try {
    return await navigator.storage?.estimate();
  } catch {
    return undefined;
  }
}

function record(reading: DiskReading, at: number): DiskReading {
  const changed = reading.state !== latest.state || reading.freeBytes !== latest.freeBytes;
  latest = { ...reading, at };
  if (changed) for (const listener of listeners) listener(reading);
  return reading;
}

/** Reads the free space now (or reuses a reading taken in the last half second). */
export function readDiskSpace(now = Date.now()): Promise<DiskReading> {
  if (now - latest.at < FRESH_MS) return Promise.resolve(latest);
  pending ??= estimate()
    .then((found) => record(judgeDiskSpace(found), Date.now()))
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** The latest reading, without asking the browser. */
export function lastDiskReading(): DiskReading {
  return latest;
}

/** Calls `listener` whenever a reading differs from the one before; returns the unsubscribe. */
export function onDiskReading(listener: (reading: DiskReading) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Throws `StorageFullError` unless `bytes` more can be written with the reserve kept free. */
export async function ensureRoomToWrite(bytes = 0): Promise<void> {
  const reading = await readDiskSpace();
  if (judgeForWrite(reading, bytes) === 'full') throw new StorageFullError(reading.freeBytes);
}

function judgeForWrite(reading: DiskReading, bytes: number): DiskReading['state'] {
  if (reading.freeBytes === undefined) return reading.state === 'full' ? 'full' : 'ok';
  return judgeDiskSpace({ quota: reading.freeBytes, usage: 0 }, bytes).state;
}

/** Whether `error` says the disk or the quota is full, in any of the forms browsers use. */
export function isStorageFullError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError' || error.name === 'StorageFullError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== error && isStorageFullError(inner);
}

/** After a write failed: a full disk is remembered at once, and the next write reads again. */
export function noteWriteFailure(error: unknown): void {
  if (isStorageFullError(error)) record({ state: 'full', freeBytes: latest.freeBytes }, 0);
  else latest = { ...latest, at: 0 };
}

/**
 * Refuses adds and puts while the last reading says the disk is full, so that no code path (an
 * implicit `table.put` included) writes into the reserve; deletes still run, since they are how
 * a learner frees space. Dexie calls middlewares synchronously inside the transaction, where
 * awaiting the browser would let IndexedDB commit early: hence a reading taken beforehand, and a
 * fresh one started whenever a write is refused so that a retry sees freed space.
 */
export function installDiskGuard(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'disk-guard',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if ((request.type === 'add' || request.type === 'put') && latest.state === 'full') {
              latest = { ...latest, at: 0 };
              void readDiskSpace();
              return Promise.reject(new StorageFullError(latest.freeBytes));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
}

/** Test seam: forget every reading. */
export function resetDiskGuardForTests(): void {
  latest = { state: 'ok', freeBytes: undefined, at: 0 };
  pending = undefined;
}

/**
 * A full disk: the browser's QuotaExceededError (Dexie wraps it in an AbortError as `inner`), or
 * our own StorageFullError when a write was refused before the disk filled (above).
 */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError' || error.name === 'StorageFullError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === 'QuotaExceededError';
}
