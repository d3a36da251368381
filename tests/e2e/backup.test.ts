/**
 * Back up and restore, in the built extension: export from the settings (a real
 * download), import into a second fresh profile through the preview and the progress bar (the
 * same journal comes back), a bad file refused with the journal unchanged, a page crash in the
 * middle of a large import (all or nothing), the weekly backup reminder, and axe.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { journalFileText, seededId } from '../support/journal-file';

const ALARM = 'reminder:backup';
const T0 = Date.UTC(2026, 0, 5, 9);
const TABLES = [
  'entries',
  'competencies',
  'siteRules',
  'sprints',
  'reflections',
  'feedback',
  'listRows',
  'postings',
  'indexQueue',
] as const;

let source: ExtensionSession;
let journal: Page;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'commonplace-backup-'));
  source = await launchExtension();
  journal = await openSettings(source);
});

afterAll(async () => {
  await source?.close();
  await rm(folder, { recursive: true, force: true });
});

async function openSettings(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('journal.html#/settings'));
  await page.getByRole('heading', { level: 2, name: 'Back up and restore' }).waitFor();
  return page;
}

/** Every row of the journal's tables, read with raw IndexedDB, keyed and sorted for comparing. */
function readTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              // Posting blocks hold a Float64Array: plain numbers cross the protocol.
              out[name] = request.result.map((record) => ('docs' in record ? { ...record, docs: Array.from(record.docs) } : record));
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
    [...TABLES],
  );
}

function putRows(page: Page, table: string, rows: object[]): Promise<void> {
  return page.evaluate(
    ([name, all]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onsuccess = () => {
          const transaction = open.result.transaction(name as string, 'readwrite');
          for (const row of all as object[]) transaction.objectStore(name as string).put(row);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [table, rows] as const,
  );
}

const entryCount = async (page: Page) => (await readTables(page)).entries?.length ?? 0;
const notificationIds = async (session: ExtensionSession) =>
  Object.keys(await (await session.serviceWorker()).evaluate(() => chrome.notifications.getAll()));
const alarmTime = async (session: ExtensionSession) =>
  (await session.serviceWorker()).evaluate(async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? 0, ALARM);

/** Calls one of the e2e build's reminder hooks (fire an alarm now, click a notification). */
async function reminderHook(session: ExtensionSession, name: 'fireAlarm' | 'clickNotification', id: string): Promise<unknown> {
  const worker = await session.serviceWorker();
  return worker.evaluate(
    ([hook, arg]) =>
      (globalThis as unknown as { commonplaceTest: Record<string, (a: string) => Promise<unknown>> }).commonplaceTest[hook]?.(arg),
    [name, id] as const,
  );
}

async function pickFile(page: Page, name: string, text: string): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, text);
  await page.getByLabel('Import a journal file…').setInputFiles(path);
}

describe('back up and restore', () => {
  it('reminds weekly when on: alarm, notification, and its click opens the Backup settings', async () => {
    expect(await alarmTime(source)).toBe(0);
    await journal.getByLabel('Remind me when a week has passed without an export').check();
    await expect.poll(() => alarmTime(source)).toBeGreaterThan(Date.now());

    await reminderHook(source, 'fireAlarm', ALARM);
    expect(await notificationIds(source)).toContain(ALARM);
    const opened = source.context.waitForEvent('page');
    expect(await reminderHook(source, 'clickNotification', ALARM)).toBe(true);
    const page = await opened;
    await page.waitForURL(/journal\.html#\/settings\?section=backup/);
    await page.getByRole('heading', { level: 2, name: 'Back up and restore' }).waitFor();
    expect(await notificationIds(source)).not.toContain(ALARM);
    await page.close();
    // Shown once: the next one is a week later.
    expect(await alarmTime(source)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('exports from the settings and imports into a fresh profile through the preview: the same journal', async () => {
    await putRows(journal, 'entries', [1, 2, 3].map(entryRow));
    await putRows(journal, 'reflections', [
      { id: seededId(9, 1), dayKey: '2026-01-05', learned: 'kilns', didntWork: '', tryNext: '', createdAt: T0, updatedAt: T0 },
    ]);
    expect(await journal.getByTestId('last-exported').innerText()).toBe('Not exported yet.');
    const [download] = await Promise.all([
      journal.waitForEvent('download'),
      journal.getByRole('button', { name: 'Export journal' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^commonplace-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    await expect.poll(() => journal.getByTestId('last-exported').innerText()).toMatch(/^Last exported: /);
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'Exported 3 entries' }).count()).toBe(1);

    const target = await launchExtension();
    try {
      const page = await openSettings(target);
      await page.getByLabel('Import a journal file…').setInputFiles(path);
      const preview = page.getByRole('heading', { name: 'What importing this file would do' });
      await preview.waitFor();
      await expect.poll(() => preview.evaluate((element) => element === document.activeElement)).toBe(true);
      const row = page.locator('tr[data-table="entries"]');
      expect(await row.locator('td').allInnerTexts()).toEqual(['3', '0', '0', '0']);
      expect(await page.getByLabel("Also use this file's settings and learner identity").isChecked()).toBe(true);
      expect(await entryCount(page)).toBe(0);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.getByTestId('import-result').innerText(), { timeout: 30_000 }).toMatch(/^Imported: /);

      const [before, after] = [await readTables(journal), await readTables(page)];
      for (const table of ['entries', 'reflections', 'sprints', 'feedback', 'siteRules'] as const) {
        expect(sortById(after[table]), table).toEqual(sortById(before[table]));
      }
      // The entries were seeded raw (no list rows); the import listed them.
      const rows = (after.listRows ?? []) as { id: string; doc: number; unindexed?: 1 }[];
      expect(rows.map((row) => row.id).sort()).toEqual([1, 2, 3].map((n) => seededId(8, n)));
      // Their text terms too, by the time the result shows: none is left unindexed or queued.
      expect(rows.filter((row) => row.unindexed)).toEqual([]);
      expect(after.indexQueue).toEqual([]);
      const listed = new Set(((after.postings ?? []) as { docs: number[] }[]).flatMap((block) => block.docs));
      expect(rows.every((row) => listed.has(row.doc))).toBe(true);
      // The fresh profile's own starter framework stays beside the imported one.
      expect(after.competencies?.length).toBe((before.competencies?.length ?? 0) * 2);
      const learner = async (p: Page) => p.evaluate(async () => (await chrome.storage.local.get('learnerId')).learnerId);
      expect(await learner(page)).toBe(await learner(journal));
    } finally {
      await target.close();
    }
  });

  it.each([
    ['not JSON', 'not-a-journal.json', '{"kind": "commonplace-journal",', 'This file is not JSON. Nothing was changed.'],
    [
      'from a newer Commonplace',
      'newer.json',
      journalFileText(2).replace('"schemaVersion":1', '"schemaVersion":7'),
      'This file comes from a newer version of Commonplace: update Commonplace to import it. Nothing was changed.',
    ],
    ['with a __proto__ key', 'proto.json', journalFileText(2).replace('"applyPlan":""', '"__proto__":{},"applyPlan":""'), 'forbidden key'],
  ])('refuses a file %s and leaves the journal as it was', async (_name, file, text, message) => {
    const before = await readTables(journal);
    await pickFile(journal, file, text);
    await expect.poll(() => journal.getByRole('alert').filter({ hasText: message }).count()).toBe(1);
    expect(await readTables(journal)).toEqual(before);
  });

  it('has no serious or critical axe violations in the preview (light and dark)', async () => {
    await pickFile(journal, 'small.json', journalFileText(3, { prefix: 5 }));
    await journal.getByRole('heading', { name: 'What importing this file would do' }).waitFor();
    for (const theme of ['light', 'dark']) {
      await journal.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
      expect(await axeViolations(journal)).toEqual([]);
    }
    await journal.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => journal.getByTestId('import-result').innerText()).toBe('Import cancelled. Nothing was changed.');
  });

  it('crashed in the middle of a large import, the journal is unchanged: never partly imported', async () => {
    const count = 4_000;
    const page = await openSettings(source);
    const before = await entryCount(page);
    const rowsBefore = (await readTables(page)).listRows?.length;
    await pickFile(page, 'large.json', journalFileText(count, { prefix: 7 }));
    await page.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 120_000 });
    const bar = page.locator('#import-progress');
    await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    const done = Number(await bar.getAttribute('value'));
    expect(done).toBeLessThan(count);

    const cdp = await source.context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash');
    await page.close();

    const again = await openSettings(source);
    const after = await entryCount(again);
    // All or nothing; with the crash this early it is nothing, the rows included.
    expect([before, before + count]).toContain(after);
    expect((await readTables(again)).listRows?.length).toBe(after === before ? rowsBefore : (rowsBefore ?? 0) + count);
    console.info(`[backup] crashed at ${done} of ${count} records written; entries before ${before}, after ${after}`);
  });
});

function entryRow(n: number) {
  const createdAt = T0 + n;
  return {
    id: seededId(8, n),
    kind: 'note',
    url: '',
    canonicalUrl: '',
    title: `Backed up ${n}`,
    note: `kept ${n}`,
    tags: ['backup'],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt,
    updatedAt: createdAt,
    dayKey: '2026-01-05',
  };
}

function sortById(rows: unknown[] | undefined): unknown[] {
  return [...(rows ?? [])].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
}
