/**
 * Export to other tools in real Chromium (e2e build): a journal with a note saved through the
 * service worker and records seeded into IndexedDB; each export button downloads a dated file
 * that unzips or parses to the journal's content (hostile title intact in the front matter,
 * formula cells neutralised, valid xAPI statements for the learner at the organisation home page
 * typed in the section); axe finds no serious or critical violation, light or dark.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { putRecords } from '../bench/summary-seed';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { xapiProblems } from '../support/xapi-validate';

const COMPETENCY = 'c0000000-0000-4000-8000-000000000001';
const ARTICLE = 'a0000000-0000-4000-8000-000000000001';
const HOSTILE = 'Ship it: "fast" --- #1 [x] ../../etc';
const T0 = Date.UTC(2026, 2, 2, 9, 30);
let session: ExtensionSession;
let journal: Page;

async function download(name: string, via: 'click' | 'keyboard' = 'click'): Promise<{ fileName: string; bytes: Buffer }> {
  const button = journal.getByRole('button', { name });
  const press = via === 'click' ? button.click() : button.focus().then(() => journal.keyboard.press('Enter'));
  const [file] = await Promise.all([journal.waitForEvent('download'), press]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const csvRows = (bytes: Buffer) => parseCsv(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/settings'));
  await journal.getByRole('heading', { level: 2, name: 'Export to other tools' }).waitFor();
  const reply = await journal.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'note/create', text: '=1+1 is a formula', aboutPage: false }),
  );
  expect(reply).toMatchObject({ ok: true });
  await putRecords(journal, {
    competencies: [
      {
        id: COMPETENCY,
        name: 'Giving feedback',
        category: '',
        description: '',
        levels: [],
        keywords: [],
        archived: false,
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    entries: [
      {
        id: ARTICLE,
        kind: 'link',
        url: 'https://example.com/feedback',
        canonicalUrl: '',
        title: HOSTILE,
        note: '',
        tags: ['one to one'],
        competencyIds: [COMPETENCY],
        takeaway: '',
        applyPlan: 'Use SBI',
        applied: { at: T0 + 1_000, evidence: 'Gave feedback', link: '' },
        createdAt: T0,
        updatedAt: T0,
        dayKey: '2026-03-02',
      },
    ],
    sprints: [
      {
        id: 'b0000000-0000-4000-8000-000000000001',
        startedAt: T0,
        endedAt: T0 + 90_000,
        plannedMs: 900_000,
        elapsedMs: 90_000,
        goal: '',
        completed: false,
        dayKey: '2026-03-02',
      },
    ],
    reflections: [
      {
        id: 'd0000000-0000-4000-8000-000000000001',
        dayKey: '2026-03-02',
        learned: 'Specific beats general',
        didntWork: '',
        tryNext: '',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

describe('export to other tools', () => {
  it('saves the organisation home page typed in the section', async () => {
    const field = journal.getByLabel('Organisation home page (for xAPI)');
    await field.fill('not a url');
    await field.blur();
    await expect.poll(() => journal.getByText('Enter an address that starts with').count()).toBe(1);
    await field.fill('https://learning.example.com');
    await field.blur();
    await expect
      .poll(() =>
        journal.evaluate(
          async () => ((await chrome.storage.local.get('settings')).settings as { organisationHomePage?: string })?.organisationHomePage,
        ),
      )
      .toBe('https://learning.example.com');
  });

  it('downloads the Markdown zip: one file per entry and per day of reflections', async () => {
    const { fileName, bytes } = await download('Markdown files (zip)');
    expect(fileName).toMatch(/^commonplace-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    const paths = Object.keys(files).sort();
    expect(paths).toHaveLength(3);
    expect(paths).toContain('entries/2026-03-02 Ship it fast --- 1 x .. .. etc.md');
    expect(paths).toContain('reflections/2026-03-02.md');
    const hostile = new TextDecoder().decode(files['entries/2026-03-02 Ship it fast --- 1 x .. .. etc.md']);
    const frontMatter = /^---\n([\s\S]*?\n)---\n/.exec(hostile)?.[1] ?? '';
    expect(parseYaml(frontMatter, { version: '1.1' })).toMatchObject({
      title: HOSTILE,
      tags: ['one-to-one'],
      competencies: ['Giving feedback'],
    });
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'Saved 3 Markdown files' }).count()).toBe(1);
  });

  it('downloads the entries CSV with formula cells neutralised', async () => {
    const { fileName, bytes } = await download('Entries (CSV)');
    expect(fileName).toMatch(/^commonplace-entries-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(bytes);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.id === ARTICLE)).toMatchObject({
      title: HOSTILE,
      competencies: 'Giving feedback',
      apply_plan: 'Use SBI',
    });
    expect(rows.find((row) => row.kind === 'note')?.note).toBe("'=1+1 is a formula");
  });

  it('downloads the sprints CSV from the keyboard', async () => {
    const { fileName, bytes } = await download('Sprints (CSV)', 'keyboard');
    expect(fileName).toMatch(/^commonplace-sprints-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csvRows(bytes)).toMatchObject([{ elapsed_minutes: '1.5', completed: 'false' }]);
  });

  it('downloads valid xAPI statements for the learner at the organisation home page', async () => {
    const { fileName, bytes } = await download('xAPI statements (JSON)');
    expect(fileName).toMatch(/^commonplace-xapi-\d{4}-\d{2}-\d{2}\.json$/);
    const statements = JSON.parse(bytes.toString('utf8')) as { actor: { account: unknown }; verb: { id: string } }[];
    const learnerId = await journal.evaluate(async () => (await chrome.storage.local.get('learnerId')).learnerId);
    expect(statements.map((statement) => statement.verb.id.split('/').pop()).sort()).toEqual([
      'answered',
      'commented',
      'completed',
      'experienced',
      'terminated',
    ]);
    for (const statement of statements) {
      expect(xapiProblems(statement)).toEqual([]);
      expect(statement.actor.account).toEqual({ homePage: 'https://learning.example.com', name: learnerId });
    }
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'Saved 5 xAPI statements' }).count()).toBe(1);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });
});
