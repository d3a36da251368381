/**
 * Every default shortcut in real Firefox with its UI in English, German and French: Firefox
 * gives Alt+Shift+<letter> to the menu bar whose access key is that letter, and the letters
 * change with the language (tests/unit/domain/shortcuts.test.ts has the table). Debian's
 * firefox-esr-l10n-de and -fr language packs provide the languages; `npm test` installs them.
 */

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../domain/shortcuts';
import { chromeScript, type FirefoxSession, launchFirefox, openPopupUrl, pressKeys, readEntries } from '../support/firefox';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let site: FixtureServer;

beforeAll(async () => {
  site = await serve((incoming) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname.slice(1);
    return { body: articlePage({ title: `Keys ${path}`, marker: `Marker${path.replace(/\W/g, '')}` }) };
  });
});

afterAll(async () => {
  await site?.close();
});

describe.each(['en-US', 'de', 'fr'])('Firefox in %s', (locale) => {
  let session: FirefoxSession;

  let journal: Page;

  beforeAll(async () => {
    session = await launchFirefox({ locale });
    // Opened before any key press: a tab opened while a shortcut is being handled would become
    // the selected tab that the command acts on.
    journal = await session.openPage('journal.html', '.journal-main');
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('runs in that language', async () => {
    expect(await chromeScript(session, 'Services.locale.appLocaleAsBCP47')).toBe(locale);
  });

  it.each([
    ['clip-article', 'article'],
    ['clip-selection', 'selection'],
    ['save-link', 'link'],
  ] as const)('%s saves its %s', async (command, kind) => {
    const page = await session.browser.newPage();
    await page.goto(`${site.origin}/${locale}-${command}`);
    if (command === 'clip-selection') {
      await page.evaluate(() => {
        const paragraph = document.querySelector('p');
        if (paragraph) getSelection()?.selectAllChildren(paragraph);
      });
    }
    await pressKeys(session, DEFAULT_SHORTCUTS[command], { tabUrl: page.url() });
    await expect
      .poll(async () => (await readEntries(journal)).find((entry) => entry.title === `Keys ${locale}-${command}`)?.kind, {
        timeout: 30_000,
      })
      .toBe(kind);
    await page.close();
  });

  it('the popup shortcut opens the popup', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.origin}/${locale}-popup`);
    await pressKeys(session, DEFAULT_SHORTCUTS._execute_action, { tabUrl: page.url() });
    await expect.poll(() => openPopupUrl(session), { timeout: 30_000 }).toContain('/popup.html');
    await page.close();
  });
});
