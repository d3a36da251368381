import { describe, expect, it } from 'vitest';
import { DISK_LOW_BYTES, DISK_RESERVE_BYTES, formatMegabytes, judgeDiskSpace } from '../../../domain/disk-space';

const MB = 1024 * 1024;

describe('judgeDiskSpace', () => {
  it.each([
    ['no estimate', undefined, 0, 'ok', undefined],
    ['no quota', { usage: 10 }, 0, 'ok', undefined],
    ['plenty free', { quota: 10_000 * MB, usage: 1_000 * MB }, 0, 'ok', 9_000 * MB],
    ['just above low', { quota: DISK_LOW_BYTES + 1, usage: 0 }, 0, 'ok', DISK_LOW_BYTES + 1],
    ['just below low', { quota: DISK_LOW_BYTES - 1, usage: 0 }, 0, 'low', DISK_LOW_BYTES - 1],
    ['a write that takes it below low', { quota: DISK_LOW_BYTES + 10 * MB, usage: 0 }, 20 * MB, 'low', DISK_LOW_BYTES + 10 * MB],
    ['at the reserve', { quota: DISK_RESERVE_BYTES, usage: 0 }, 0, 'low', DISK_RESERVE_BYTES],
    ['below the reserve', { quota: DISK_RESERVE_BYTES - 1, usage: 0 }, 0, 'full', DISK_RESERVE_BYTES - 1],
    ['a write into the reserve', { quota: DISK_RESERVE_BYTES + MB, usage: 0 }, 2 * MB, 'full', DISK_RESERVE_BYTES + MB],
    ['disk full (quota equals usage)', { quota: 5 * MB, usage: 5 * MB }, 0, 'full', 0],
    ['usage above quota', { quota: 5 * MB, usage: 6 * MB }, 0, 'full', 0],
  ])('%s', (_name, estimate, pending, state, freeBytes) => {
    expect(judgeDiskSpace(estimate, pending)).toEqual({ state, freeBytes });
  });
});

describe('formatMegabytes', () => {
  it.each([
    [0, '0 MB'],
    [-5, '0 MB'],
    [999_999, '0 MB'],
    [1_500_000, '1 MB'],
    [12_345_000_000, '12,345 MB'],
  ])('%d bytes', (bytes, text) => {
    expect(formatMegabytes(bytes)).toBe(text);
  });
});
