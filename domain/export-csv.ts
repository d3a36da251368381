/**
 * CSV of entries and of sprints, for spreadsheets. Pure. RFC 4180: comma separated, CRLF line
 * ends, a cell quoted when it holds a comma, a quote or a line break, quotes doubled.
 *
 * Formula injection (SECURITY.md): a spreadsheet runs a cell that starts with `= + - @`, tab or
 * CR as a formula, and titles, notes and tags come from strangers' pages. Every *text* cell that
 * starts with one of them gets a leading apostrophe, which spreadsheets show as "text, not a
 * formula". Our own numeric columns (minutes, word counts) are written as plain numbers and never
 * prefixed, so they stay numbers; a text cell such as a title "-5 tips" does get the apostrophe,
 * the price of never guessing which text is safe.
 *
 * Column names are stable identifiers (like JSON keys), not translated labels, so scripts that
 * read the file keep working in every language.
 */
import { byCreation, type CompetencyNames, competencyNamesOf, type ExportEntry, type ExportSprint, isoInstant } from './export-records';

export type CsvCell = string | number | boolean;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet will not run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: numbers and booleans as written, text neutralised and quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: the header row, then one row per record. Starts with a UTF-8 byte order mark
 * so spreadsheet programs read non-ASCII titles correctly.
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Tags and competency names inside one cell. */
const LIST_SEPARATOR = '; ';
const MINUTE_MS = 60_000;

/** Minutes to two decimals: a sprint stopped after 90 s is 1.5. */
const minutes = (ms: number) => Math.round((ms / MINUTE_MS) * 100) / 100;

export const ENTRY_COLUMNS = [
  'id',
  'kind',
  'title',
  'url',
  'site',
  'created',
  'updated',
  'day',
  'tags',
  'competencies',
  'takeaway',
  'apply_plan',
  'applied',
  'evidence',
  'evidence_link',
  'note',
  'word_count',
  'reading_minutes',
  'sprint_id',
] as const;

/** The entries CSV, oldest first. */
export function entriesCsv(entries: readonly ExportEntry[], names: CompetencyNames): string {
  const rows = byCreation(entries).map((entry): CsvCell[] => [
    entry.id,
    entry.kind,
    entry.title,
    entry.url,
    entry.article?.siteName ?? '',
    isoInstant(entry.createdAt),
    isoInstant(entry.updatedAt),
    entry.dayKey,
    entry.tags.join(LIST_SEPARATOR),
    competencyNamesOf(entry.competencyIds, names).join(LIST_SEPARATOR),
    entry.takeaway,
    entry.applyPlan,
    entry.applied ? isoInstant(entry.applied.at) : '',
    entry.applied?.evidence ?? '',
    entry.applied?.link ?? '',
    entry.note,
    entry.article ? entry.article.wordCount : '',
    entry.article ? entry.article.readingMinutes : '',
    entry.sprintId ?? '',
  ]);
  return renderCsv(ENTRY_COLUMNS, rows);
}

export const SPRINT_COLUMNS = [
  'id',
  'started',
  'ended',
  'day',
  'planned_minutes',
  'elapsed_minutes',
  'completed',
  'competency',
  'goal',
] as const;

/** The sprints CSV, oldest first. */
export function sprintsCsv(sprints: readonly ExportSprint[], names: CompetencyNames): string {
  const ordered = [...sprints].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  const rows = ordered.map((sprint): CsvCell[] => [
    sprint.id,
    isoInstant(sprint.startedAt),
    isoInstant(sprint.endedAt),
    sprint.dayKey,
    minutes(sprint.plannedMs),
    minutes(sprint.elapsedMs),
    sprint.completed,
    sprint.competencyId ? (names.get(sprint.competencyId) ?? '') : '',
    sprint.goal,
  ]);
  return renderCsv(SPRINT_COLUMNS, rows);
}
