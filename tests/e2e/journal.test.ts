/**
 * The first journal page in real Chromium with the e2e build: list, reader, note and tags,
 * delete with undo, and hostile stored HTML rendered inert under the extension CSP.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, ROOT } from '../support/chromium';
import { type FixtureServer, serve } from '../support/server';

const SCREENSHOTS = join(ROOT, 'screenshots');
const HOSTILE_ID = '4b1c8a3e-2f5d-4c6b-9a7e-1d2c3b4a5f60';

function articlePage(title: string, marker: string): string {
  const paragraph = `${marker} is what this paragraph is about. Learning in the flow of work means reading closely, taking notes and trying things out the same week, not someday.`;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
    ${Array.from({ length: 8 }, () => `<p>${paragraph}</p>`).join('\n')}</article></body></html>`;
}

let session: ExtensionSession;
let site: FixtureServer;
let remote: FixtureServer;
let journal: Page;

beforeAll(async () => {
  site = await serve({
    '/one': articlePage('First lesson about feedback', 'Marker-one'),
    '/two': articlePage('Second lesson about habits', 'Marker-two'),
  });
  remote = await serve(() => ({ body: 'remote' }));
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await site?.close();
  await remote?.close();
});

/** Opens `path` in a tab and clips it as an article from the journal page, like the popup does. */
async function clip(path: string): Promise<void> {
  const url = `${site.origin}${path}`;
  const tab = await session.context.newPage();
  await tab.goto(url);
  const worker = await session.serviceWorker();
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const reply = await journal.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'clip', mode: 'article', tabId: id, force: true }),
    tabId,
  );
  expect(reply).toMatchObject({ ok: true, value: { status: 'created' } });
  await tab.close();
}

/** Reads an entry straight from IndexedDB, bypassing Dexie, to compare stored records. */
function readStored(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (entryId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('entries').objectStore('entries').get(entryId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result ?? null);
          };
        };
      }),
    id,
  );
}

/** Writes a record straight into IndexedDB: no schema, no sanitizer, as an old or imported record might be. */
function putStored(page: Page, entry: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('entries', 'readwrite');
          transaction.objectStore('entries').put(record);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    entry,
  );
}

function hostileEntry(html: string): Record<string, unknown> {
  const now = Date.now();
  const text = 'Hostile marker text';
  return {
    id: HOSTILE_ID,
    kind: 'article',
    url: `${remote.origin}/article`,
    canonicalUrl: '',
    title: 'A hostile page',
    article: {
      html,
      markdown: text,
      text,
      byline: '',
      siteName: '',
      publishedTime: '',
      lang: 'en',
      dir: 'ltr',
      excerpt: text,
      wordCount: 3,
      readingMinutes: 1,
    },
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt: now,
    updatedAt: now,
    dayKey: '2026-01-01',
  };
}

const rowTitles = () => journal.locator('.entry-title a').allTextContents();

async function shoot(name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await journal.emulateMedia({ colorScheme });
    await journal.screenshot({ path: join(SCREENSHOTS, `journal-${name}-${colorScheme}.png`), fullPage: true });
  }
  await journal.emulateMedia({ colorScheme: 'light' });
}

describe('journal page', () => {
  it('explains how to clip when empty, then lists new clips live, newest first', async () => {
    await expect.poll(() => journal.getByRole('heading', { name: 'Nothing saved yet' }).count()).toBe(1);
    await shoot('empty');
    await clip('/one');
    await clip('/two');
    // No reload: the live query sees the service worker's writes.
    await expect.poll(rowTitles).toEqual(['Second lesson about habits', 'First lesson about feedback']);
    expect(await journal.locator('.entry-row').first().textContent()).toContain('Article');
    await shoot('list');
  });

  it('opens an entry in the reader with the article text and a safe source link', async () => {
    await journal.getByRole('link', { name: 'First lesson about feedback' }).click();
    await expect.poll(() => journal.locator('.article-body').textContent()).toContain('Marker-one is what this paragraph is about');
    expect(await journal.getByRole('heading', { level: 1 }).textContent()).toBe('First lesson about feedback');
    const source = journal.locator('.reader-source a');
    expect(await source.getAttribute('href')).toBe(`${site.origin}/one`);
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    await shoot('reader');
  });

  it('saves the note and tags, and they persist after a reload', async () => {
    await journal.getByLabel('Note', { exact: true }).fill('Ask for feedback within a day.');
    await journal.getByRole('textbox', { name: 'Tags' }).fill('feedback, habits , feedback');
    await journal.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    await journal.reload();
    await expect.poll(() => journal.getByLabel('Note', { exact: true }).inputValue()).toBe('Ask for feedback within a day.');
    expect(await journal.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('feedback, habits');
    expect(await journal.locator('.reader-header .tag').allTextContents()).toEqual(['feedback', 'habits']);
  });

  it('closes the reader with Escape and returns focus to the entry', async () => {
    await journal.locator('h1').click();
    await journal.keyboard.press('Escape');
    await expect.poll(() => journal.evaluate(() => document.activeElement?.textContent)).toBe('First lesson about feedback');
    expect(await journal.locator('.entry-row .tag').allTextContents()).toEqual(['feedback', 'habits']);
  });

  it('deletes with Undo, which restores the entry exactly', async () => {
    const id = new URL((await journal.getByRole('link', { name: 'First lesson about feedback' }).getAttribute('href')) ?? '', 'x:/').hash;
    const entryId = id.replace('#/entry/', '');
    const before = await readStored(journal, entryId);
    await journal.getByRole('link', { name: 'First lesson about feedback' }).click();
    await journal.getByRole('button', { name: 'Delete entry' }).click();
    await expect.poll(() => journal.getByRole('status').textContent()).toContain('Deleted “First lesson about feedback”.');
    // The list reads its rows after it mounts: poll rather than read once.
    await expect.poll(rowTitles).toEqual(['Second lesson about habits']);
    expect(await readStored(journal, entryId)).toBeNull();
    // Focus is on Undo, so the keyboard alone can take it back.
    await journal.keyboard.press('Enter');
    await expect.poll(rowTitles).toEqual(['Second lesson about habits', 'First lesson about feedback']);
    expect(await readStored(journal, entryId)).toEqual(before);
    await journal.reload();
    await expect.poll(rowTitles).toEqual(['Second lesson about habits', 'First lesson about feedback']);
  });

  it('deletes for good when Undo is not used', async () => {
    await journal.getByRole('link', { name: 'Second lesson about habits' }).click();
    await journal.getByRole('button', { name: 'Delete entry' }).click();
    await expect.poll(rowTitles).toEqual(['First lesson about feedback']);
    await journal.reload();
    await expect.poll(rowTitles).toEqual(['First lesson about feedback']);
  });

  it('renders hostile stored HTML with no script run and no remote request', async () => {
    const html = `<p>Hostile marker text</p>
      <img src="${remote.origin}/pixel.png" onerror="window.__pwned = 'img'">
      <script>window.__pwned = 'script'</script>
      <a href="javascript:window.__pwned='link'">a link</a>
      <div style="background:url(${remote.origin}/bg.png)">styled</div>
      <iframe src="${remote.origin}/frame"></iframe><svg><image href="${remote.origin}/svg.png"/></svg>`;
    await putStored(journal, hostileEntry(html));
    await journal.goto(session.url(`journal.html#/entry/${HOSTILE_ID}?edit=1`));
    await expect.poll(() => journal.locator('.article-body').textContent()).toContain('Hostile marker text');
    // Wait until the browser has finished with every image (a CSP block ends in an error).
    await journal.waitForFunction(() =>
      [...document.querySelectorAll('.article-body img')].every((img) => (img as HTMLImageElement).complete),
    );
    expect(await journal.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(
      await journal
        .locator('.article-body script, .article-body iframe, .article-body svg, .article-body [onerror], .article-body [style]')
        .count(),
    ).toBe(0);
    expect(await journal.locator('.article-body a').getAttribute('href')).toBeNull();
    expect(await journal.getByRole('note').textContent()).toContain('Images from other sites are not loaded');
    expect(remote.requests).toEqual([]);
    // Opened as from a capture notification: the note editor has focus.
    await expect.poll(() => journal.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('entry-note');
  });
});
