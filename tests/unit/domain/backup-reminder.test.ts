import { describe, expect, it } from 'vitest';
import { type BackupStatus, isBackupDue, nextBackupReminder, WEEK_MS } from '../../../domain/backup-reminder';

const NOW = Date.UTC(2026, 10, 21, 10);
const DAY = 86_400_000;

describe('backup reminder schedule', () => {
  it.each<[string, BackupStatus, number, boolean]>([
    ['never exported: a minute from now', {}, NOW + 60_000, true],
    ['exported two days ago: five days from now', { lastExportedAt: NOW - 2 * DAY }, NOW + 5 * DAY, false],
    ['exported ten days ago: a minute from now', { lastExportedAt: NOW - 10 * DAY }, NOW + 60_000, true],
    ['reminded yesterday, never exported: six days from now', { lastRemindedAt: NOW - DAY }, NOW + 6 * DAY, false],
    [
      'exported after the last reminder: a week after the export',
      { lastExportedAt: NOW - DAY, lastRemindedAt: NOW - 3 * DAY },
      NOW + 6 * DAY,
      false,
    ],
    ['exactly a week ago: due now', { lastExportedAt: NOW - WEEK_MS }, NOW + 60_000, true],
  ])('%s', (_name, status, next, due) => {
    expect(nextBackupReminder(status, NOW)).toBe(next);
    expect(isBackupDue(status, NOW)).toBe(due);
  });
});
