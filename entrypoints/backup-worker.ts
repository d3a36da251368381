/**
 * The backup worker: export and import of the full journal off the page's main thread, so a
 * 100,000-entry file can be read, checked and written while the page stays responsive and its
 * progress bar moves. Started by the Backup settings with `new Worker('/backup-worker.js')`;
 * IndexedDB is the same database as the page's (same extension origin). If the page closes or
 * crashes, the worker dies with it and IndexedDB aborts the open transaction: nothing half-done.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { decodeFileText } from '../domain/file-text';
import { ImportFileError } from '../domain/untrusted-json';
import { getDb } from '../storage/db';
import { ensureRoomToWrite } from '../storage/disk-guard';
import { exportJournalBlob } from '../storage/journal-export';
import { JOURNAL_FILE_LIMITS, type JournalFileV1 } from '../storage/journal-file-schema';
import { applyJournalImport, previewJournalImport } from '../storage/journal-import';
import { checkJournalDocument, parseJournalText } from '../storage/journal-read';
import { completePendingRows } from '../storage/search-pending';
import type { BackupEvent, BackupPhase, BackupRequest } from './journal/settings/backup-protocol';

export default defineUnlistedScript(() => {
  // The DOM lib has no worker-scope types; this is the part of it we use.
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<BackupRequest>) => void) | null;
    postMessage: (message: BackupEvent) => void;
  };
  const post = (event: BackupEvent) => scope.postMessage(event);
  const progress = (phase: BackupPhase) => (done: number, total: number) => post({ op: 'progress', phase, done, total });
  let pending: JournalFileV1 | undefined;
  let pendingBytes = 0;

  const handle = async (request: BackupRequest): Promise<BackupEvent> => {
    if (request.op === 'export') {
      const { blob, counts } = await exportJournalBlob(request.now, request.identity, getDb(), progress('export'));
      return { op: 'exported', blob, counts };
    }
    if (request.op === 'read') {
      pending = undefined;
      if (request.file.size > JOURNAL_FILE_LIMITS.maxChars) throw new ImportFileError('too-big');
      post({ op: 'progress', phase: 'read', done: 0, total: 1 });
      // The text is only an argument: it can be collected as soon as it is parsed.
      const { text, replaced } = decodeFileText(await request.file.arrayBuffer());
      const document = parseJournalText(text);
      const file = checkJournalDocument(document, progress('check'));
      const preview = await previewJournalImport(file, getDb(), progress('compare'));
      pending = file;
      pendingBytes = request.file.size;
      return { op: 'preview', preview: { ...preview, replacedCharacters: replaced } };
    }
    if (!pending) throw new Error('No file was read');
    const file = pending;
    pending = undefined;
    // Stored with its indexes, a journal takes about three times its file's size.
    await ensureRoomToWrite(pendingBytes * 3);
    const counts = await applyJournalImport(file, getDb(), progress('import'));
    // Committed: the journal is imported. Its entries' text terms are indexed in small
    // transactions; if the page closes first, the journal page finishes them when it opens.
    post({ op: 'progress', phase: 'index', done: 0, total: 1 });
    await completePendingRows(getDb(), progress('index'));
    return { op: 'applied', counts };
  };

  scope.onmessage = (event: MessageEvent<BackupRequest>) => {
    handle(event.data)
      .then(post)
      .catch((error: unknown) =>
        post(
          error instanceof ImportFileError
            ? { op: 'failed', problem: error.problem, message: error.message }
            : {
                op: 'failed',
                message: error instanceof Error ? error.message : String(error),
                name: error instanceof Error ? error.name : undefined,
              },
        ),
      );
  };
});
