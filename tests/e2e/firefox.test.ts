/**
 * The built Firefox add-on in real Firefox ESR (puppeteer-core over WebDriver BiDi), driven
 * through the browser's own UI: installed as a temporary add-on; clips from the toolbar popup,
 * the shortcuts and the context menu; the journal list and reader; a quick note; a sprint that
 * outlives its background being stopped; the weekly report. The production build: no host
 * access, so every clip depends on the activeTab grant of a real gesture.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../domain/shortcuts';
import type { PageRequest, Reply } from '../../messaging/protocol';
import {
  backgroundContextId,
  chromeScript,
  clickToolbarButton,
  type FirefoxSession,
  isPopupReady,
  launchFirefox,
  loggedMessages,
  openPopupUrl,
  pickContextMenuItem,
  pressKeys,
  readEntries,
  selectTab,
  terminateBackground,
} from '../support/firefox';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let site: FixtureServer;
let session: FirefoxSession;
let journal: Page;

beforeAll(async () => {
  site = await serve((incoming) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname.slice(1);
    return { body: articlePage({ title: `Firefox ${path}`, marker: `Marker${path.replace(/\W/g, '')}` }) };
  });
  session = await launchFirefox();
  journal = await session.openPage('journal.html', '.journal-main');
}, 90_000);

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** Sends a request as our own pages do. */
function send<T>(request: PageRequest): Promise<Reply<T>> {
  return journal.evaluate((message) => browser.runtime.sendMessage(message), request) as Promise<Reply<T>>;
}

async function openArticle(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${site.origin}/${path}`);
  await selectTab(session, page.url());
  return page;
}

/** Waits until an entry titled `title` is in the journal, and returns its kind. */
async function kindOf(title: string): Promise<string | undefined> {
  let kind: string | undefined;
  await expect
    .poll(
      async () => {
        kind = (await readEntries(journal)).find((entry) => entry.title === title)?.kind;
        return kind;
      },
      { timeout: 30_000 },
    )
    .toBeDefined();
  return kind;
}

it('installs as a temporary add-on, with no host access and no notification-button warning', async () => {
  const permissions = await journal.evaluate(() => browser.permissions.getAll());
  expect(permissions.origins).toEqual([]);
  expect(await loggedMessages(session, 'onButtonClicked')).toEqual([]);
});

it('opens the welcome page on install', async () => {
  // The add-on sees its own pages' addresses; the install opened this one by itself.
  const isOpen = () =>
    journal.evaluate(async () => (await browser.tabs.query({})).some((tab) => tab.url?.endsWith('/journal.html#/welcome') ?? false));
  await expect.poll(isOpen, { timeout: 30_000 }).toBe(true);
  // Its Firefox wording; no page is opened here, so the toolbar tests below keep their window.
  const messages = await journal.evaluate(() => browser.i18n.getMessage('welcomePinFirefox'));
  expect(messages).toContain('Pin to Toolbar');
  // Closed, as a learner would: the toolbar tests below act on the window's selected tab.
  await journal.evaluate(async () => {
    const tabs = await browser.tabs.query({});
    await browser.tabs.remove(tabs.filter((tab) => tab.url?.endsWith('/journal.html#/welcome')).map((tab) => tab.id ?? -1));
  });
});

it('clips through the real toolbar popup', async () => {
  const page = await openArticle('toolbar');
  await clickToolbarButton(session);
  await expect.poll(() => isPopupReady(session), { timeout: 30_000 }).toBe(true);
  // "Clip article" has the focus when the popup opens: Enter clips the page. (Pressed again while
  // nothing is saved: on a busy machine the popup's script may not have run at the first press.)
  await expect
    .poll(
      async () => {
        await pressKeys(session, 'Enter', { focusPopup: true });
        return (await readEntries(journal)).some((entry) => entry.title === 'Firefox toolbar');
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  expect(await kindOf('Firefox toolbar')).toBe('article');
  await page.close();
});

describe('shortcuts', () => {
  it.each([
    ['clip-article', 'article'],
    ['clip-selection', 'selection'],
    ['save-link', 'link'],
  ] as const)('%s saves its %s', async (command, kind) => {
    const page = await openArticle(command);
    if (command === 'clip-selection') {
      await page.evaluate(() => {
        const paragraph = document.querySelector('p');
        if (paragraph) getSelection()?.selectAllChildren(paragraph);
      });
    }
    await pressKeys(session, DEFAULT_SHORTCUTS[command], { tabUrl: page.url() });
    expect(await kindOf(`Firefox ${command}`)).toBe(kind);
    await page.close();
  });

  it('the popup shortcut opens the popup', async () => {
    const page = await openArticle('popup-shortcut');
    await chromeScript(session, `document.querySelector('browser.webextension-popup-browser')?.closest('panel')?.hidePopup(); true`);
    await expect.poll(() => openPopupUrl(session), { timeout: 30_000 }).toBe('');
    await pressKeys(session, DEFAULT_SHORTCUTS._execute_action, { tabUrl: page.url() });
    await expect.poll(() => openPopupUrl(session), { timeout: 30_000 }).toContain('/popup.html');
    await page.close();
  });
});

it('clips from the page context menu', async () => {
  const page = await openArticle('menu');
  await pickContextMenuItem(session, page, 'h1', /Clip this article/);
  expect(await kindOf('Firefox menu')).toBe('article');
  await page.close();
});

it('the journal lists the entries, and the reader shows an article', async () => {
  await journal.bringToFront();
  void journal.reload().catch(() => undefined);
  const link = await journal.waitForSelector('a::-p-text(Firefox menu)', { timeout: 30_000 });
  await link?.click();
  await journal.waitForSelector('#reader-title', { timeout: 30_000 });
  const text = await journal.$eval('main', (main) => main.textContent ?? '');
  expect(text).toContain('Firefox menu');
  expect(text).toContain('Markermenu');
});

it('saves a quick note', async () => {
  const reply = await send<{ status: string }>({ type: 'note/create', text: 'A thought in Firefox', aboutPage: false });
  expect(reply).toMatchObject({ ok: true, value: { status: 'created' } });
  expect(await kindOf('A thought in Firefox')).toBe('note');
});

it('a sprint keeps running when the background is stopped, and is logged once when stopped', async () => {
  const started = await send<{ timer: { phase: string; sprintId: string } }>({ type: 'sprint/start', minutes: 5 });
  if (!started.ok) throw new Error(started.error.message);
  expect(started.value.timer.phase).toBe('running');
  const before = await backgroundContextId(session);
  expect(before).not.toBe('');
  await terminateBackground(session);
  // The next request wakes the background, which finds the sprint in storage.
  const after = await send<{ timer: { phase: string; sprintId: string; remainingMs: number } }>({ type: 'sprint/get' });
  expect(after).toMatchObject({ ok: true, value: { timer: { phase: 'running', sprintId: started.value.timer.sprintId } } });
  if (after.ok) expect(after.value.timer.remainingMs).toBeGreaterThan(0);
  const woken = await backgroundContextId(session);
  expect(woken).not.toBe('');
  expect(woken).not.toBe(before);
  const stopped = await send<{ timer: { phase: string } }>({ type: 'sprint/stop' });
  expect(stopped).toMatchObject({ ok: true, value: { timer: { phase: 'ended' } } });
  const sprints = await journal.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('commonplace');
        open.onsuccess = () => {
          const count = open.result.transaction('sprints').objectStore('sprints').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(sprints).toBe(1);
});

it("the weekly report opens on this week's figures", async () => {
  const report = await session.openPage('report.html', '[data-testid="report-body"]');
  // The body fills in once the week's figures are read: poll for them.
  await expect.poll(() => report.$eval('[data-testid="report-body"]', (body) => body.textContent ?? ''), { timeout: 30_000 }).toMatch(/\d/);
  await report.close();
});
