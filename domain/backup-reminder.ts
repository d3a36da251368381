/**
 * The weekly backup reminder: it comes when a week has passed since the last export (or since
 * the last reminder, so it never nags more than once a week), and soon after it is turned on
 * for a journal that was never exported.
 */

export const WEEK_MS = 7 * 86_400_000;
/** A reminder due in the past is shown this long after now (the worker may just be waking). */
const SOON_MS = 60_000;

export interface BackupStatus {
  /** When the journal was last exported (epoch ms). */
  lastExportedAt?: number;
  /** When the backup reminder was last shown. */
  lastRemindedAt?: number;
}

/** When the next backup reminder is due, never earlier than a minute after `now`. */
export function nextBackupReminder(status: BackupStatus, now: number): number {
  const since = Math.max(status.lastExportedAt ?? 0, status.lastRemindedAt ?? 0);
  return Math.max(since + WEEK_MS, now + SOON_MS);
}

/** True when a reminder should be shown at `now` (a week without an export or a reminder). */
export function isBackupDue(status: BackupStatus, now: number): boolean {
  return now - Math.max(status.lastExportedAt ?? 0, status.lastRemindedAt ?? 0) >= WEEK_MS;
}
