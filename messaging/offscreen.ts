/** The background -> offscreen document request (Chrome only). */
import { z } from '../storage/zod';

const MAX_HTML = 6_000_000;

export const PageCaptureSchema = z.strictObject({
  url: z.string().max(8_192),
  title: z.string().max(10_000),
  html: z.string().max(MAX_HTML),
  isTooBig: z.boolean(),
  selectionText: z.string().max(MAX_HTML),
  selectionHtml: z.string().max(MAX_HTML),
});

export const OffscreenRequestSchema = z.strictObject({
  target: z.literal('offscreen'),
  request: z.strictObject({
    mode: z.enum(['article', 'selection']),
    capture: PageCaptureSchema,
    timeoutMs: z.number().int().positive().max(60_000),
  }),
});
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;
