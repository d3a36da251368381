/**
 * The default shortcuts in the real browser: Chromium binds every one of them (a default the
 * browser holds comes back unbound, which is how Alt+Shift+A and Alt+Shift+R were found taken),
 * and pressing each capture shortcut on a page runs its command.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../domain/shortcuts';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntries } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let site: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  site = await serve((incoming) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname.slice(1);
    return { body: articlePage({ title: `Shortcut ${path}`, marker: `Marker${path.replace(/\W/g, '')}` }) };
  });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

it('Chromium binds every default shortcut', async () => {
  const worker = await session.serviceWorker();
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const bound = Object.fromEntries(commands.map((command) => [command.name, command.shortcut]));
  expect(bound).toEqual(DEFAULT_SHORTCUTS);
});

it.each([
  ['clip-article', 'article'],
  ['clip-selection', 'selection'],
  ['save-link', 'link'],
] as const)('pressing the %s shortcut saves its %s', async (command, kind) => {
  const page = await openTab(session, `${site.origin}/${command}`);
  await page.bringToFront();
  if (command === 'clip-selection') {
    await page.evaluate(() => {
      const paragraph = document.querySelector('p');
      if (paragraph) getSelection()?.selectAllChildren(paragraph);
    });
  }
  await pressShortcut(page, DEFAULT_SHORTCUTS[command]);
  const journal = await session.context.newPage();
  await journal.goto(session.url('journal.html'));
  await expect
    .poll(async () => (await readEntries(journal)).find((entry) => entry.title === `Shortcut ${command}`)?.kind, { timeout: 30_000 })
    .toBe(kind);
  await journal.close();
  await page.close();
});

/** CDP modifier bits. */
const MODIFIERS: Record<string, number> = { Alt: 1, Ctrl: 2, Meta: 4, Shift: 8 };

/**
 * Presses `Alt+Shift+Y`-style keys as the keyboard would: a raw key-down with the key's native
 * code, which the browser matches against extension shortcuts when the page leaves it alone
 * (Playwright's `keyboard.press` sends a key-down the browser's shortcut handling never sees).
 */
async function pressShortcut(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+');
  const letter = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1).reduce((bits, name) => bits | (MODIFIERS[name] ?? 0), 0);
  const code = letter.charCodeAt(0);
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers,
      key: letter,
      code: `Key${letter}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
  await cdp.detach();
}
