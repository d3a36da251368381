/**
 * The extraction host: runs where there is a real DOM (Chrome's offscreen document, Firefox's
 * background page). It hands the untrusted page to a worker, which it terminates when the work
 * overruns, and sanitizes on its own main thread because DOMPurify needs a real DOM.
 */
import type { ArticleContent, SelectionContent } from '../storage/schemas';
import { buildArticle } from './article';
import { createSanitizer, type Sanitize } from './sanitize';
import type { PageCapture, RawArticle } from './types';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export type HostResult =
  | { kind: 'article'; title: string; canonicalUrl: string; isReaderable: boolean; article: ArticleContent; timings: HostTimings }
  | { kind: 'no-article'; isReaderable: boolean; timings: HostTimings }
  | { kind: 'selection'; selection: SelectionContent }
  | { kind: 'timeout' }
  | { kind: 'failed'; message: string };

export interface HostTimings {
  /** Readability inside the worker. */
  parseMs: number;
  /** Everything the host did: worker round trips, sanitizing, Markdown. */
  totalMs: number;
}

export interface HostRequest {
  mode: 'article' | 'selection';
  capture: PageCapture;
  timeoutMs: number;
}

class WorkerTimeout extends Error {}

export class ExtractionHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (response: WorkerResponse) => void>();
  private sanitize: Sanitize | undefined;

  constructor(private readonly workerUrl: string) {}

  /** Processes one capture; never throws. */
  async process(request: HostRequest): Promise<HostResult> {
    this.sanitize ??= createSanitizer(window);
    const { capture } = request;
    if (request.mode === 'selection') {
      return { kind: 'selection', selection: { text: capture.selectionText, html: this.sanitize(capture.selectionHtml) } };
    }
    const started = performance.now();
    const deadline = started + request.timeoutMs;
    try {
      const extracted = await this.call({ id: 0, op: 'extract', html: capture.html, url: capture.url }, deadline);
      if (extracted.op !== 'extract') throw new Error('Unexpected worker reply');
      const { article: raw, isReaderable, parseMs } = extracted.result;
      if (!raw) return { kind: 'no-article', isReaderable, timings: { parseMs, totalMs: performance.now() - started } };
      const html = this.sanitize(raw.content);
      const converted = await this.call({ id: 0, op: 'markdown', html }, deadline);
      if (converted.op !== 'markdown') throw new Error('Unexpected worker reply');
      return {
        kind: 'article',
        title: raw.title || capture.title,
        canonicalUrl: raw.canonicalUrl,
        isReaderable,
        article: buildArticle(raw as RawArticle, html, converted.result),
        timings: { parseMs, totalMs: performance.now() - started },
      };
    } catch (error) {
      if (error instanceof WorkerTimeout) return { kind: 'timeout' };
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private call(request: WorkerRequest, deadline: number): Promise<WorkerResponse & { ok: true }> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          // Readability's loops cannot be interrupted from inside; killing the thread can.
          this.terminate();
          reject(new WorkerTimeout('Extraction took too long'));
        },
        Math.max(0, deadline - performance.now()),
      );
      this.pending.set(id, (response) => {
        clearTimeout(timer);
        if (response.ok) resolve(response);
        else reject(new Error(response.message));
      });
      worker.postMessage({ ...request, id });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(event.message || 'The extraction worker crashed');
    };
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    for (const [id, settle] of this.pending) settle({ id, ok: false, message });
    this.pending.clear();
    this.terminate();
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
  }
}
