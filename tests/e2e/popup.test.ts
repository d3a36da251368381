/**
 * The popup, opened as a page at `popup.html?tabId=N` (Playwright cannot drive the real popup):
 * clip, see the confirmation, add a note and tags; write a quick note.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntries, tabIdFor } from '../support/extension';
import { appShellPage, articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

/** A clip can take seconds on a busy 2-core machine (cold offscreen document and worker). */
const WAIT = { timeout: 20_000 };

let session: ExtensionSession;
let site: FixtureServer;

beforeAll(async () => {
  site = await serve({
    '/article': articlePage({ title: 'Coaching conversations that work', marker: 'Popupmarker', byline: 'Mary Parker Follett' }),
    '/app': appShellPage('Dashboard – Example App'),
  });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** Opens `path` in a tab, then the popup as a page aimed at that tab. */
async function popupFor(path: string): Promise<{ popup: Page; url: string }> {
  const url = `${site.origin}${path}`;
  await openTab(session, url);
  const popup = await session.context.newPage();
  await popup.goto(session.url(`popup.html?tabId=${await tabIdFor(session, url)}`));
  return { popup, url };
}

describe('popup', () => {
  it('clips the article, confirms it, and saves a note and tags on the new entry', async () => {
    const { popup, url } = await popupFor('/article');
    await popup.getByRole('button', { name: 'Clip article' }).click();
    const status = popup.locator('.status[role="status"]');
    await expect.poll(() => status.textContent(), WAIT).toContain('Saved to your journal');
    // The saved entry's title opens it in the journal.
    const opened = status.getByRole('link', { name: 'Coaching conversations that work' });
    expect(await opened.getAttribute('href')).toMatch(/\/journal\.html#\/entry\/[0-9a-f-]{36}$/);

    const form = popup.getByRole('form', { name: 'Add a note or tags' });
    await form.getByLabel('Your note').fill('Try the open questions in my next 1:1');
    await form.getByLabel('Tags', { exact: true }).fill('coaching, 1:1 , coaching');
    await form.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), WAIT).toBe('Note and tags saved.');

    const [entry] = (await readEntries(popup)).filter((item) => item.url === url);
    expect(entry).toMatchObject({ kind: 'article', note: 'Try the open questions in my next 1:1', tags: ['coaching', '1:1'] });
    expect(entry?.article?.text).toContain('Popupmarker');

    // A second clip of the same page says it updated the entry, and keeps the note.
    await popup.getByRole('button', { name: 'Clip article' }).click();
    await expect.poll(() => status.textContent(), WAIT).toContain('Updated in your journal; your notes are kept');
    const again = (await readEntries(popup)).filter((item) => item.url === url);
    expect(again).toHaveLength(1);
    expect(again[0]?.note).toBe('Try the open questions in my next 1:1');

    // Opened again on the same page, the popup says it is saved, since when, and links to it.
    await popup.reload();
    const saved = popup.getByTestId('page-status');
    await expect.poll(() => saved.textContent(), WAIT).toMatch(/^In your journal since .+\./);
    expect(await saved.getByRole('link', { name: 'Open in journal' }).getAttribute('href')).toContain(`#/entry/${again[0]?.id}`);
    await popup.close();
  });

  it('asks before clipping a page that is not an article, and "Clip anyway" saves it', async () => {
    const { popup, url } = await popupFor('/app');
    await popup.getByRole('button', { name: 'Clip article' }).click();
    const status = popup.locator('.status[role="status"]');
    await expect.poll(() => status.textContent(), WAIT).toContain("doesn't look like an article");
    expect((await readEntries(popup)).filter((item) => item.url === url)).toHaveLength(0);
    await status.getByRole('button', { name: 'Clip anyway' }).click();
    await expect.poll(() => status.textContent(), WAIT).toContain('Saved to your journal');
    expect((await readEntries(popup)).filter((item) => item.url === url)).toHaveLength(1);
    await popup.close();
  });

  it('saves a quick note about the page, and one about nothing in particular', async () => {
    const { popup, url } = await popupFor('/article?quick');
    const write = popup.getByRole('button', { name: 'Note', exact: true });
    const text = popup.getByLabel('Quick note');
    const about = popup.getByRole('checkbox', { name: 'About this page' });
    const save = popup.getByRole('button', { name: 'Save note', exact: true });
    const status = popup.locator('.status[role="status"]');

    // The form opens on "Note", with the text field focused, and closes once saved.
    await write.click();
    expect(await write.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('quick-note-text');
    await text.fill('Mentioned by Priya in the team meeting\nShe uses it every week');
    await expect.poll(() => about.isChecked(), WAIT).toBe(true);
    await save.click();
    await expect.poll(() => status.textContent(), WAIT).toContain('Mentioned by Priya in the team meeting');
    expect(await text.count()).toBe(0);

    await write.click();
    await text.fill('Plan a learning sprint for Thursday');
    await about.uncheck();
    await save.click();
    await expect.poll(() => status.textContent(), WAIT).toContain('Plan a learning sprint for Thursday');

    const notes = (await readEntries(popup)).filter((entry) => entry.kind === 'note');
    expect(notes).toEqual(
      expect.arrayContaining([
        // A note is titled by its first line, never by the page it is about.
        expect.objectContaining({
          note: 'Mentioned by Priya in the team meeting\nShe uses it every week',
          url,
          title: 'Mentioned by Priya in the team meeting',
        }),
        expect.objectContaining({ note: 'Plan a learning sprint for Thursday', url: '' }),
      ]),
    );
    await popup.close();
  });
});
