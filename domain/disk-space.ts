/**
 * How much room the journal has left, judged from `navigator.storage.estimate()`. With the
 * `unlimitedStorage` permission the browser reports `quota - usage` as the free space on the
 * disk that holds the profile (measured in BENCHMARKS.md), and it lets writes run until the
 * disk itself is full. A write that the disk refuses halfway can leave IndexedDB's files
 * corrupt, so Commonplace refuses writes itself while a reserve is still free.
 */

/** Below this much free space the popup and the journal warn, and writes that can wait stop. */
export const DISK_LOW_BYTES = 128 * 1024 * 1024;

/** Below this much free space (after the write) nothing is written: the disk keeps a reserve. */
export const DISK_RESERVE_BYTES = 32 * 1024 * 1024;

export type DiskState = 'ok' | 'low' | 'full';

export interface DiskReading {
  state: DiskState;
  /** Free bytes, or `undefined` when the browser does not say. */
  freeBytes: number | undefined;
}

/** What a storage estimate says, for a write of `pendingBytes` about to happen. */
export function judgeDiskSpace(estimate: { quota?: number; usage?: number } | undefined, pendingBytes = 0): DiskReading {
  const { quota, usage } = estimate ?? {};
  if (quota === undefined || usage === undefined || !Number.isFinite(quota) || !Number.isFinite(usage)) {
    return { state: 'ok', freeBytes: undefined };
  }
  const freeBytes = Math.max(0, quota - usage);
  if (freeBytes - pendingBytes < DISK_RESERVE_BYTES) return { state: 'full', freeBytes };
  if (freeBytes - pendingBytes < DISK_LOW_BYTES) return { state: 'low', freeBytes };
  return { state: 'ok', freeBytes };
}

/** "12 MB": whole megabytes (decimal, as file managers show disks), at least "0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${Math.max(0, Math.floor(bytes / 1_000_000)).toLocaleString('en-US')} MB`;
}
