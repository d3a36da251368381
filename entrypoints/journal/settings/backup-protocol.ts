/** Messages between the Backup settings and the backup worker (entrypoints/backup-worker.ts). */
import type { FileProblem } from '../../../domain/untrusted-json';
import type { ExportCounts, JournalIdentity } from '../../../storage/journal-export';
import type { ImportCounts, ImportPreview } from '../../../storage/journal-import';

export type BackupRequest =
  | { op: 'export'; now: number; identity: JournalIdentity }
  /** Read and check a file, then compare it with the journal; the worker keeps it for `apply`. */
  | { op: 'read'; file: Blob }
  | { op: 'apply' };

/** `index`: the journal is imported (committed); the imported entries' text terms are being indexed. */
export type BackupPhase = 'export' | 'read' | 'check' | 'compare' | 'import' | 'index';

export type BackupEvent =
  | { op: 'progress'; phase: BackupPhase; done: number; total: number }
  | { op: 'exported'; blob: Blob; counts: ExportCounts }
  | { op: 'preview'; preview: ImportPreview }
  | { op: 'applied'; counts: ImportCounts }
  /** `problem` for a refused file (nothing changed); otherwise an error's message. */
  | { op: 'failed'; problem?: FileProblem; message: string; name?: string };
