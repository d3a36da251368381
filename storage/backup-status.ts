/**
 * When the journal was last exported and last reminded about, in `storage.local` (shared by
 * the settings page, which shows it, and the background, which schedules the reminder).
 */
import { browser } from 'wxt/browser';
import type { BackupStatus } from '../domain/backup-reminder';
import { EpochMsSchema } from './schemas';
import { z } from './zod';

export const BACKUP_STATUS_KEY = 'backupStatus';

const BackupStatusSchema = z.strictObject({ lastExportedAt: EpochMsSchema.optional(), lastRemindedAt: EpochMsSchema.optional() });

function parseStatus(stored: unknown): BackupStatus {
  const parsed = BackupStatusSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

export async function readBackupStatus(): Promise<BackupStatus> {
  return parseStatus((await browser.storage.local.get(BACKUP_STATUS_KEY))[BACKUP_STATUS_KEY]);
}

/** Records a change (an export, a reminder shown), keeping the other field. */
export async function recordBackupStatus(change: BackupStatus): Promise<BackupStatus> {
  const next = { ...(await readBackupStatus()), ...change };
  await browser.storage.local.set({ [BACKUP_STATUS_KEY]: next });
  return next;
}

/** Calls `listener` whenever the status changes anywhere; returns the function that stops it. */
export function watchBackupStatus(listener: (status: BackupStatus) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && BACKUP_STATUS_KEY in changes) listener(parseStatus(changes[BACKUP_STATUS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
