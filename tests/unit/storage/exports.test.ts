/**
 * The export files read from a real (fake-indexeddb) journal: the zip holds exactly the golden
 * Markdown files, the CSV files hold every entry and sprint, the xAPI file names the learner by
 * their stable id at the organisation home page from Settings (or the documented default).
 */
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markdownFiles } from '../../../domain/export-markdown';
import { markdownExportLabels, xapiExportLabels } from '../../../entrypoints/journal/settings/export-labels';
import { CommonplaceDb } from '../../../storage/db';
import { frontMatterYaml } from '../../../storage/export-formats';
import { DEFAULT_ACCOUNT_HOME_PAGE, exportCsv, exportMarkdownZip, exportXapi } from '../../../storage/exports';
import { setLearnerId } from '../../../storage/identity';
import { updateSettings } from '../../../storage/settings';
import { xapiProblems } from '../../support/xapi-validate';
import { competencies, entries, names, reflections, sprints, T0 } from '../support/export-journal';

const LEARNER = 'e0000000-0000-4000-8000-000000000001';
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
let db: CommonplaceDb;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`exports-test-${crypto.randomUUID()}`);
  await db.transaction('rw', [db.entries, db.sprints, db.reflections, db.competencies], async () => {
    await db.entries.bulkPut(entries);
    await db.sprints.bulkPut(sprints);
    await db.reflections.bulkPut(reflections);
    await db.competencies.bulkPut(competencies);
  });
  await setLearnerId(LEARNER);
});
afterEach(() => db.delete());

describe('exports from the journal', () => {
  it('zips one Markdown file per entry and per day of reflections, dated by the export day', async () => {
    const file = await exportMarkdownZip(markdownExportLabels(), T0, 'UTC', db);
    expect(file).toMatchObject({ name: 'commonplace-markdown-2026-03-02.zip', type: 'application/zip', count: 8 });
    const unzipped = Object.fromEntries(Object.entries(unzipSync(file.bytes)).map(([path, bytes]) => [path, decode(bytes)]));
    const expected = markdownFiles({ entries, reflections, names }, markdownExportLabels(), frontMatterYaml);
    expect(unzipped).toEqual(Object.fromEntries(expected.map((item) => [item.path, item.text])));
  });

  it('writes the entries and sprints CSV files', async () => {
    const { entries: entriesFile, sprints: sprintsFile } = await exportCsv(T0, 'UTC', db);
    expect(entriesFile).toMatchObject({ name: 'commonplace-entries-2026-03-02.csv', count: entries.length });
    expect(sprintsFile).toMatchObject({ name: 'commonplace-sprints-2026-03-02.csv', count: sprints.length });
    // A byte order mark first, so spreadsheets read the file as UTF-8.
    expect([...entriesFile.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = (file: { bytes: Uint8Array }) => parse(decode(file.bytes), { columns: true }) as Record<string, string>[];
    expect(rows(entriesFile).map((row) => row.id)).toEqual(entries.map((entry) => entry.id));
    expect(rows(sprintsFile).map((row) => row.id)).toEqual(sprints.map((sprint) => sprint.id));
  });

  it.each([
    ['', DEFAULT_ACCOUNT_HOME_PAGE],
    ['https://learning.example.com', 'https://learning.example.com'],
  ])('writes valid xAPI statements for the learner at home page %j', async (setting, homePage) => {
    await updateSettings({ organisationHomePage: setting, displayName: 'Ada' });
    const file = await exportXapi(xapiExportLabels(), T0, 'UTC', db);
    expect(file).toMatchObject({ name: 'commonplace-xapi-2026-03-02.json', type: 'application/json' });
    const statements = JSON.parse(decode(file.bytes)) as { actor: unknown }[];
    expect(statements).toHaveLength(file.count);
    for (const statement of statements) {
      expect(xapiProblems(statement)).toEqual([]);
      expect(statement.actor).toEqual({ objectType: 'Agent', name: 'Ada', account: { homePage, name: LEARNER } });
    }
  });

  it('refuses an organisation home page that is not an http(s) address', async () => {
    await expect(updateSettings({ organisationHomePage: 'javascript:alert(1)' })).rejects.toThrow();
    await expect(updateSettings({ organisationHomePage: 'https://a b' })).rejects.toThrow();
  });

  it('exports an empty journal as empty files, not an error', async () => {
    await db.transaction('rw', [db.entries, db.sprints, db.reflections], async () => {
      await Promise.all([db.entries.clear(), db.sprints.clear(), db.reflections.clear()]);
    });
    expect((await exportMarkdownZip(markdownExportLabels(), T0, 'UTC', db)).count).toBe(0);
    expect(decode((await exportCsv(T0, 'UTC', db)).entries.bytes)).toMatch(/^id,kind,title,.*\r\n$/);
    expect(decode((await exportXapi(xapiExportLabels(), T0, 'UTC', db)).bytes)).toBe('[]\n');
  });
});
