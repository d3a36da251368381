/**
 * The extraction worker. Started by the extraction host with `new Worker('/extract-worker.js')`,
 * so a runaway Readability run can be terminated without freezing anything else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toMarkdownAndText } from '../extraction/markdown';
import { extractArticle } from '../extraction/readability';
import type { WorkerRequest, WorkerResponse } from '../extraction/worker-protocol';

export default defineUnlistedScript(() => {
  // The DOM lib has no worker-scope types; this is the part of it we use.
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
    postMessage: (message: WorkerResponse) => void;
  };
  scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
    scope.postMessage(handle(event.data));
  };
});

function handle(request: WorkerRequest): WorkerResponse {
  try {
    if (request.op === 'extract') {
      return { id: request.id, ok: true, op: 'extract', result: extractArticle(request.html, request.url) };
    }
    return { id: request.id, ok: true, op: 'markdown', result: toMarkdownAndText(request.html) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
