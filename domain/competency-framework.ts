/**
 * The starter competency framework, and the pure first steps of reading a framework file
 * (SECURITY.md, Imports): size check, JSON.parse refusing prototype keys, depth and count limits.
 * The schema check and the write live in storage/framework-file.ts.
 */

export interface CompetencyDraft {
  name: string;
  category: string;
  description: string;
  levels: string[];
  keywords: string[];
}

const LEVELS = ['Aware', 'Practising', 'Skilled', 'Teaches others'];

/** Seeded once on first run; the learner edits, archives or deletes any of it. */
export const STARTER_FRAMEWORK: readonly CompetencyDraft[] = [
  c('Communication', 'Written communication', 'Clear, concise writing: documents, messages, proposals.', [
    'writing',
    'documentation',
    'editing',
    'clarity',
    'proposal',
    'memo',
  ]),
  c('Communication', 'Presenting', 'Explaining ideas to a group, live or recorded.', [
    'presentation',
    'presenting',
    'slides',
    'public speaking',
    'storytelling',
    'talk',
  ]),
  c('Communication', 'Feedback', 'Giving and receiving feedback that helps people improve.', [
    'feedback',
    'critique',
    'review',
    'one on one',
    '1:1',
    'praise',
  ]),
  c('Technical', 'Software design', 'Structuring systems so they stay easy to change.', [
    'architecture',
    'design patterns',
    'refactoring',
    'api',
    'modularity',
    'software design',
  ]),
  c('Technical', 'Data literacy', 'Reading, questioning and presenting data.', [
    'data',
    'statistics',
    'analytics',
    'metrics',
    'dashboard',
    'sql',
    'visualization',
  ]),
  c('Technical', 'Testing and quality', 'Making sure work does what it should and keeps doing it.', [
    'testing',
    'tests',
    'quality',
    'qa',
    'bug',
    'debugging',
    'reliability',
  ]),
  c('Leadership', 'Coaching', 'Helping others learn and grow through questions and support.', [
    'coaching',
    'mentoring',
    'mentor',
    'career',
    'growth',
    'delegation',
  ]),
  c('Leadership', 'Decision making', 'Choosing well under uncertainty and explaining why.', [
    'decision',
    'decisions',
    'trade-off',
    'tradeoff',
    'prioritization',
    'strategy',
  ]),
  c('Leadership', 'Collaboration', 'Working across teams towards shared goals.', [
    'collaboration',
    'teamwork',
    'stakeholder',
    'stakeholders',
    'meeting',
    'alignment',
    'conflict',
  ]),
  c('Learning practice', 'Reflective practice', 'Looking back on work to learn from what happened.', [
    'reflection',
    'retrospective',
    'lessons learned',
    'journaling',
    'postmortem',
  ]),
  c('Learning practice', 'Habits and focus', 'Protecting time and attention for deep work and learning.', [
    'habit',
    'habits',
    'focus',
    'deep work',
    'productivity',
    'time management',
  ]),
  c('Learning practice', 'Experimentation', 'Trying things out in small, safe steps and measuring what changed.', [
    'experiment',
    'experimentation',
    'hypothesis',
    'prototype',
    'a/b test',
    'iteration',
  ]),
];

function c(category: string, name: string, description: string, keywords: string[]): CompetencyDraft {
  return { name, category, description, levels: [...LEVELS], keywords };
}

export interface ReadLimits {
  /** Bytes of the file as text (UTF-16 length is a close enough bound for the check). */
  maxChars: number;
  maxDepth: number;
  /** Values of any kind in the whole document. */
  maxValues: number;
}

export const FRAMEWORK_FILE_LIMITS: ReadLimits = { maxChars: 2_000_000, maxDepth: 8, maxValues: 100_000 };

export type FrameworkFileProblem =
  | 'too-big'
  | 'not-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'too-many'
  | 'invalid'
  | 'newer-version'
  | 'not-a-framework';

/** A refused file, with the reason the UI turns into a message. */
export class FrameworkFileError extends Error {
  constructor(
    readonly problem: FrameworkFileProblem,
    detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'FrameworkFileError';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses untrusted JSON text: refuses oversized text, invalid JSON, any `__proto__`,
 * `constructor` or `prototype` key, and documents nested deeper or holding more values than
 * `limits`. Throws `FrameworkFileError`.
 */
export function parseUntrustedJson(text: string, limits: ReadLimits = FRAMEWORK_FILE_LIMITS): unknown {
  if (text.length > limits.maxChars) throw new FrameworkFileError('too-big');
  // Before parsing: JSON.parse (and its reviver) recurse, so a deep enough file would
  // overflow the stack instead of getting its own message.
  if (bracketDepth(text) > limits.maxDepth) throw new FrameworkFileError('too-deep');
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function refuse(this: unknown, key: string, inner: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return inner;
    });
  } catch {
    throw new FrameworkFileError('not-json');
  }
  if (forbidden !== undefined) throw new FrameworkFileError('forbidden-key', forbidden);
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
    if (count > limits.maxValues) throw new FrameworkFileError('too-many');
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) throw new FrameworkFileError('too-deep');
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}

/**
 * The file's `schemaVersion` when it looks like a framework file at all; throws
 * `FrameworkFileError('newer-version')` for versions after `current`.
 */
export function checkVersion(value: unknown, current: number): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FrameworkFileError('not-a-framework');
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new FrameworkFileError('not-a-framework');
  if (version > current) throw new FrameworkFileError('newer-version', String(version));
  return version;
}
