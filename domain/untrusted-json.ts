/**
 * The pure first steps of reading any file the user imports (SECURITY.md, Imports): size check,
 * JSON.parse refusing prototype keys, depth and count limits, and the kind/version header.
 * Every refusal is an `ImportFileError` whose `problem` the UI turns into a message; the strict
 * zod schema and the single transaction come after, in storage/.
 */

export interface ReadLimits {
  /** Bytes of the file as text (UTF-16 length is a close enough bound for the check). */
  maxChars: number;
  maxDepth: number;
  /** Values of any kind in the whole document. */
  maxValues: number;
}

export type FileProblem = 'too-big' | 'not-json' | 'forbidden-key' | 'too-deep' | 'too-many' | 'invalid' | 'newer-version' | 'wrong-kind';

/** A refused file, with the reason the UI turns into a message. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'ImportFileError';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses untrusted JSON text: refuses oversized text, invalid JSON, any `__proto__`,
 * `constructor` or `prototype` key, and documents nested deeper or holding more values than
 * `limits`. Throws `ImportFileError`.
 */
export function parseUntrustedJson(text: string, limits: ReadLimits): unknown {
  if (text.length > limits.maxChars) throw new ImportFileError('too-big');
  // Before parsing: JSON.parse (and its reviver) recurse, so a deep enough file would
  // overflow the stack instead of getting its own message.
  if (bracketDepth(text) > limits.maxDepth) throw new ImportFileError('too-deep');
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function refuse(this: unknown, key: string, inner: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return inner;
    });
  } catch {
    throw new ImportFileError('not-json');
  }
  if (forbidden !== undefined) throw new ImportFileError('forbidden-key', forbidden);
  checkShape(value, limits);
  return value;
}

/** The deepest nesting of `[` and `{` outside strings (for well-formed JSON, its depth). */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}

/** Walks the parsed value without recursion (a deep file must not overflow the stack). */
function checkShape(root: unknown, limits: ReadLimits): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    count += 1;
    if (count > limits.maxValues) throw new ImportFileError('too-many');
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) throw new ImportFileError('too-deep');
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}

/**
 * The file's `schemaVersion` when it is an object of the expected `kind` (else `wrong-kind`);
 * throws `ImportFileError('newer-version')` for versions after `current`, so the message can say
 * "update Commonplace" instead of listing schema errors.
 */
export function checkFileHeader(value: unknown, kind: string, current: number): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportFileError('wrong-kind');
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportFileError('wrong-kind');
  if ((value as { kind?: unknown }).kind !== kind) throw new ImportFileError('wrong-kind');
  if (version > current) throw new ImportFileError('newer-version', String(version));
  return version;
}
