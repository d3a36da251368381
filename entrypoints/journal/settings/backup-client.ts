/**
 * The page's side of the backup worker: one worker per export or import, ended when the work
 * is done or cancelled. Refused files come back as `ImportFileError`.
 */
import { browser } from 'wxt/browser';
import { ImportFileError } from '../../../domain/untrusted-json';
import type { ExportCounts, JournalIdentity } from '../../../storage/journal-export';
import type { ImportCounts, ImportPreview } from '../../../storage/journal-import';
import type { BackupEvent, BackupPhase, BackupRequest } from './backup-protocol';

export type OnProgress = (phase: BackupPhase, done: number, total: number) => void;

export class BackupWorker {
  private readonly worker = new Worker(browser.runtime.getURL('/backup-worker.js'));

  constructor(private readonly onProgress: OnProgress) {}

  exportJournal(now: number, identity: JournalIdentity): Promise<{ blob: Blob; counts: ExportCounts }> {
    return this.send({ op: 'export', now, identity }, 'exported');
  }

  /** Reads, checks and compares a file; keep this worker for `apply`. */
  async read(file: Blob): Promise<ImportPreview> {
    return (await this.send({ op: 'read', file }, 'preview')).preview;
  }

  async apply(): Promise<ImportCounts> {
    return (await this.send({ op: 'apply' }, 'applied')).counts;
  }

  close(): void {
    this.worker.terminate();
  }

  private send<Op extends BackupEvent['op']>(request: BackupRequest, expected: Op): Promise<Extract<BackupEvent, { op: Op }>> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<BackupEvent>) => {
        const reply = event.data;
        if (reply.op === 'progress') this.onProgress(reply.phase, reply.done, reply.total);
        else if (reply.op === expected) resolve(reply as Extract<BackupEvent, { op: Op }>);
        else if (reply.op === 'failed')
          reject(reply.problem ? new ImportFileError(reply.problem, reply.message.replace(/^[a-z-]+:?\s*/, '')) : failure(reply));
      };
      this.worker.onerror = (event) => reject(new Error(event.message || 'The backup worker stopped'));
      this.worker.postMessage(request);
    });
  }
}

function failure(reply: Extract<BackupEvent, { op: 'failed' }>): Error {
  const error = new Error(reply.message);
  if (reply.name) error.name = reply.name;
  return error;
}
