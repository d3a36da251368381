/**
 * The journal in other tools' formats: Markdown files in a zip, CSV of entries and of sprints,
 * xAPI statements. Reads the journal in one read transaction (a consistent snapshot), builds the
 * files with the pure builders in domain/, and returns them as bytes for the page to download.
 */
import { entriesCsv, sprintsCsv } from '../domain/export-csv';
import { type MarkdownExportLabels, markdownFiles } from '../domain/export-markdown';
import type { CompetencyNames } from '../domain/export-records';
import { type XapiLabels, xapiStatements } from '../domain/export-xapi';
import { dayKey } from '../domain/time';
import { type CommonplaceDb, getDb } from './db';
import { frontMatterYaml, statementId, zipFiles } from './export-formats';
import { getLearnerId } from './identity';
import type { Entry, Reflection, Sprint } from './schemas';
import { readSettings } from './settings';

/**
 * The account home page when the learner has not set their organisation's: a reserved `.invalid`
 * name (RFC 2606), so it can never be mistaken for, or resolve to, a real organisation's system.
 */
export const DEFAULT_ACCOUNT_HOME_PAGE = 'https://commonplace.invalid';

export interface ExportFile {
  /** Download name, dated by the local day of the export. */
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** How many records it holds (entries, files or statements), for the status message. */
  count: number;
}

interface JournalSnapshot {
  entries: Entry[];
  sprints: Sprint[];
  reflections: Reflection[];
  names: CompetencyNames;
}

/** Everything the exports read, in one read transaction. */
export function readJournalSnapshot(db: CommonplaceDb = getDb()): Promise<JournalSnapshot> {
  return db.transaction('r', [db.entries, db.sprints, db.reflections, db.competencies], async () => {
    const [entries, sprints, reflections, competencies] = await Promise.all([
      db.entries.toArray(),
      db.sprints.toArray(),
      db.reflections.toArray(),
      db.competencies.toArray(),
    ]);
    return { entries, sprints, reflections, names: new Map(competencies.map((competency) => [competency.id, competency.name])) };
  });
}

const encode = (text: string) => new TextEncoder().encode(text);
const dated = (stem: string, now: number, timeZone?: string) => `commonplace-${stem}-${dayKey(now, timeZone)}`;

/** One Markdown file per entry and per day of reflections, zipped. */
export async function exportMarkdownZip(
  labels: MarkdownExportLabels,
  now: number,
  timeZone?: string,
  db?: CommonplaceDb,
): Promise<ExportFile> {
  const files = markdownFiles(await readJournalSnapshot(db), labels, frontMatterYaml);
  return { name: `${dated('markdown', now, timeZone)}.zip`, type: 'application/zip', bytes: zipFiles(files), count: files.length };
}

/** The entries CSV and the sprints CSV. */
export async function exportCsv(now: number, timeZone?: string, db?: CommonplaceDb): Promise<{ entries: ExportFile; sprints: ExportFile }> {
  const journal = await readJournalSnapshot(db);
  const csv = (stem: string, text: string, count: number): ExportFile => ({
    name: `${dated(stem, now, timeZone)}.csv`,
    type: 'text/csv;charset=utf-8',
    bytes: encode(text),
    count,
  });
  return {
    entries: csv('entries', entriesCsv(journal.entries, journal.names), journal.entries.length),
    sprints: csv('sprints', sprintsCsv(journal.sprints, journal.names), journal.sprints.length),
  };
}

/**
 * Every entry, sprint and reflection as xAPI 1.0.3 statements (a JSON array); the learner is an
 * account agent: their stable learner id at the organisation home page from Settings.
 */
export async function exportXapi(labels: XapiLabels, now: number, timeZone?: string, db?: CommonplaceDb): Promise<ExportFile> {
  const [journal, settings, learnerId] = await Promise.all([readJournalSnapshot(db), readSettings(), getLearnerId()]);
  const learner = { id: learnerId, name: settings.displayName, homePage: settings.organisationHomePage || DEFAULT_ACCOUNT_HOME_PAGE };
  const statements = xapiStatements(journal, learner, labels, statementId);
  return {
    name: `${dated('xapi', now, timeZone)}.json`,
    type: 'application/json',
    bytes: encode(`${JSON.stringify(statements, null, 2)}\n`),
    count: statements.length,
  };
}
