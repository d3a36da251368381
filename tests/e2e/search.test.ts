import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension, ROOT } from '../support/chromium';
import { openTab, request, tabIdFor } from '../support/extension';
import { type FixtureServer, serve } from '../support/server';

function articlePage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
    ${Array.from({ length: 6 }, () => `<p>${body} Learning in the flow of work means reading closely and trying things out the same week.</p>`).join('\n')}
    </article></body></html>`;
}

let session: ExtensionSession;
let site: FixtureServer;
let journal: Page;

beforeAll(async () => {
  site = await serve({
    '/loops': articlePage('Feedback loops in teams', 'Short cycles make habits stick.'),
    '/practice': articlePage('Deliberate practice', 'A coach gives feedback on each attempt.'),
    '/cafe': articlePage('Café conversations', 'Informal learning over coffee, naïve questions welcome.'),
    '/garden': articlePage('Gardening for beginners', 'Soil, water and patience.'),
  });
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html'));
  const ids: Record<string, string> = {};
  for (const path of ['/garden', '/cafe', '/practice', '/loops']) {
    const url = `${site.origin}${path}`;
    const tab = await openTab(session, url);
    const tabId = await tabIdFor(session, url);
    const outcome = await request(journal, { type: 'clip', mode: 'article', tabId, force: true });
    if (outcome.status === 'not-saved') throw new Error(`${path} was not saved: ${outcome.notice}`);
    ids[path] = outcome.entryId;
    await tab.close();
  }
  await request(journal, { type: 'entry/annotate', id: ids['/cafe'] as string, note: 'Ask about retros', tags: ['coaching'] });
  await request(journal, { type: 'note/create', text: 'Try a feedback retro on Friday', aboutPage: false });
  await journal.reload();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** Polls longer than the default second: the machine is shared with builds and other browsers. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const titles = (page: Page) => page.locator('.entry-list .entry-title').allTextContents();
const countText = (page: Page) => page.locator('.list-count').textContent();
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('entries list search', () => {
  it('lists every entry newest first', async () => {
    await poll(() => countText(journal)).toBe('5 entries');
    expect((await titles(journal))[1]).toBe('Feedback loops in teams');
  });

  it('ranks as you type, highlights matches and links to the entry with the query', async () => {
    await journal.getByRole('searchbox', { name: 'Search entries' }).fill('feedb');
    await poll(() => countText(journal)).toBe('3 results for “feedb”');
    // Title matches first (newest first among them: the note is titled by its text); then the body match.
    expect(await titles(journal)).toEqual(['Try a feedback retro on Friday', 'Feedback loops in teams', 'Deliberate practice']);
    const marks = await journal.locator('.entry-list mark').allTextContents();
    expect(marks).toContain('Feedback');
    expect(marks.every((mark) => mark.toLowerCase().startsWith('feedb'))).toBe(true);
    expect(marks.length).toBeGreaterThanOrEqual(3);
    const href = await journal.getByRole('link', { name: 'Feedback loops in teams' }).getAttribute('href');
    expect(href).toMatch(/^#\/entry\/[0-9a-f-]+\?q=feedb$/);
  });

  it('folds accents and finds tags and notes', async () => {
    const search = journal.getByRole('searchbox', { name: 'Search entries' });
    await search.fill('cafe naive');
    await poll(() => titles(journal)).toEqual(['Café conversations']);
    await search.fill('coaching ');
    await poll(() => titles(journal)).toEqual(['Café conversations']);
    await search.press('Escape');
    await poll(() => countText(journal)).toBe('5 entries');
    expect(await search.inputValue()).toBe('');
  });

  it('combines filters, with counts on each option', async () => {
    const kind = journal.getByRole('combobox', { name: 'Kind' });
    await poll(() => kind.locator('option').allTextContents()).toEqual([
      'All kinds (5)',
      'Article (4)',
      'Passage (0)',
      'Link (0)',
      'Note (1)',
    ]);
    await kind.selectOption('article');
    await poll(() => countText(journal)).toBe('4 entries');
    const tag = journal.getByRole('combobox', { name: 'Tag' });
    expect(await tag.locator('option').allTextContents()).toEqual(['All tags', 'coaching (1)']);
    await tag.selectOption('coaching');
    await poll(() => titles(journal)).toEqual(['Café conversations']);
    await journal.getByRole('combobox', { name: 'Applied' }).selectOption('yes');
    await poll(() => countText(journal)).toBe('0 entries');
    await journal.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => countText(journal)).toBe('5 entries');
  });

  it('keys: / focuses search, j and k move, Enter opens, Esc closes back to the entry', async () => {
    await journal.getByRole('heading', { level: 1, name: 'Your journal' }).click();
    await journal.keyboard.press('/');
    expect(await journal.evaluate(() => document.activeElement?.id)).toBe('entry-search');
    await journal.getByRole('heading', { level: 1, name: 'Your journal' }).click();
    await journal.keyboard.press('j');
    await poll(() => activeText(journal)).toBe('Try a feedback retro on Friday');
    await journal.keyboard.press('j');
    await poll(() => activeText(journal)).toBe('Feedback loops in teams');
    await journal.keyboard.press('j');
    await journal.keyboard.press('k');
    await poll(() => activeText(journal)).toBe('Feedback loops in teams');
    await journal.keyboard.press('Enter');
    await poll(() => journal.evaluate(() => location.hash)).toMatch(/^#\/entry\//);
    await journal.getByRole('heading', { level: 1, name: 'Feedback loops in teams' }).waitFor();
    await journal.keyboard.press('Escape');
    await poll(() => activeText(journal)).toBe('Feedback loops in teams');
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    await journal.getByRole('searchbox', { name: 'Search entries' }).fill('feedback');
    await poll(() => journal.locator('.entry-list mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(journal)).toEqual([]);
    await journal.screenshot({ path: join(ROOT, 'screenshots', `journal-search-${colorScheme}.png`) });
    await journal.getByRole('searchbox', { name: 'Search entries' }).fill('');
  });
});
