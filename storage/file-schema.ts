/**
 * The schema step of SECURITY.md's import order, shared by every file the user imports: a
 * strict zod parse inside try/catch (a schema must never let an exception escape), turning the
 * first issue into an `ImportFileError('invalid')` the UI can show.
 */
import { ImportFileError } from '../domain/untrusted-json';
import type { z } from './zod';

export function parseFileSchema<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  let parsed: z.ZodSafeParseResult<z.infer<Schema>>;
  try {
    parsed = schema.safeParse(value) as z.ZodSafeParseResult<z.infer<Schema>>;
  } catch (error) {
    throw new ImportFileError('invalid', error instanceof Error ? error.message : '');
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportFileError('invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : '');
  }
  return parsed.data;
}
