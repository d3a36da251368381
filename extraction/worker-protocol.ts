/** Messages between the extraction host and its worker (same extension origin). */
import type { MarkdownAndText } from './markdown';
import type { WorkerExtractResult } from './types';

export type WorkerRequest = { id: number; op: 'extract'; html: string; url: string } | { id: number; op: 'markdown'; html: string };

export type WorkerResponse =
  | { id: number; ok: true; op: 'extract'; result: WorkerExtractResult }
  | { id: number; ok: true; op: 'markdown'; result: MarkdownAndText }
  | { id: number; ok: false; message: string };
