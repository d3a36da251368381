/**
 * The disk guard: writes are refused while the last reading says the disk is full (deletes
 * still run), a fresh reading lets them through again, and a database whose open failed is
 * opened again on the next request.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISK_RESERVE_BYTES } from '../../../domain/disk-space';
import { CommonplaceDb, getDb } from '../../../storage/db';
import {
  ensureRoomToWrite,
  isStorageFullError,
  lastDiskReading,
  noteWriteFailure,
  readDiskSpace,
  resetDiskGuardForTests,
  StorageFullError,
} from '../../../storage/disk-guard';

const MB = 1024 * 1024;
let free = 10_000 * MB;

function setFree(bytes: number): void {
  free = bytes;
  resetDiskGuardForTests();
}

const rule = (hostname: string) => ({ hostname, competencyIds: [], createdAt: 1, updatedAt: 1 });

describe('disk guard', () => {
  let db: CommonplaceDb;

  beforeEach(() => {
    // Node 20 has no `navigator`: the browser's estimate is stood in for, as it reports with unlimitedStorage.
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: free + 100 * MB, usage: 100 * MB }) } });
    setFree(10_000 * MB);
    db = new CommonplaceDb(`disk-guard-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    resetDiskGuardForTests();
    await db.delete();
  });

  it('lets writes through while there is room', async () => {
    await ensureRoomToWrite(MB);
    await db.siteRules.put(rule('a.example'));
    expect(await db.siteRules.count()).toBe(1);
  });

  it('refuses a write that would eat into the reserve, before anything is written', async () => {
    setFree(DISK_RESERVE_BYTES + MB);
    await expect(ensureRoomToWrite(2 * MB)).rejects.toBeInstanceOf(StorageFullError);
    await expect(ensureRoomToWrite(0)).resolves.toBeUndefined();
  });

  it('refuses puts, in explicit and implicit transactions, once a reading says full; deletes still run', async () => {
    await db.siteRules.put(rule('kept.example'));
    setFree(MB);
    expect((await readDiskSpace()).state).toBe('full');
    await expect(db.siteRules.put(rule('b.example'))).rejects.toSatisfy(isStorageFullError);
    await expect(db.transaction('rw', db.siteRules, () => db.siteRules.add(rule('c.example')))).rejects.toSatisfy(isStorageFullError);
    expect(await db.siteRules.toCollection().primaryKeys()).toEqual(['kept.example']);
    await db.siteRules.delete('kept.example');
    expect(await db.siteRules.count()).toBe(0);
  });

  it('writes again once space is freed and read again', async () => {
    setFree(MB);
    await readDiskSpace();
    free = 10_000 * MB;
    // Space freed behind the guard's back: the write is refused on the old reading, which
    // starts a fresh one, so the retry finds the freed space (pages also read on focus).
    await expect(db.siteRules.put(rule('b.example'))).rejects.toSatisfy(isStorageFullError);
    await vi.waitFor(() => expect(lastDiskReading().state).toBe('ok'));
    await db.siteRules.put(rule('b.example'));
    expect(await db.siteRules.count()).toBe(1);
  });

  it('remembers a write the browser refused as a full disk', () => {
    noteWriteFailure(
      Object.assign(new Error('x'), { name: 'AbortError', inner: Object.assign(new Error('q'), { name: 'QuotaExceededError' }) }),
    );
    expect(lastDiskReading().state).toBe('full');
  });

  it.each([
    [new StorageFullError(0), true],
    [Object.assign(new Error(''), { name: 'QuotaExceededError' }), true],
    [Object.assign(new Error(''), { name: 'AbortError', inner: Object.assign(new Error(''), { name: 'QuotaExceededError' }) }), true],
    [Object.assign(new Error(''), { name: 'UnknownError' }), false],
    ['QuotaExceededError', false],
  ])('isStorageFullError %#', (error, expected) => {
    expect(isStorageFullError(error)).toBe(expected);
  });
});

describe('getDb after a failed open', () => {
  it('opens a new database on the next call instead of repeating the failure', async () => {
    const first = getDb();
    vi.spyOn(first, 'hasFailed').mockReturnValue(true);
    const second = getDb();
    expect(second).not.toBe(first);
    expect(getDb()).toBe(second);
    vi.restoreAllMocks();
  });
});
