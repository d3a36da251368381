/**
 * Starts Debian's Firefox ESR headless with the built Firefox add-on installed as a temporary
 * add-on, driven by puppeteer-core over WebDriver BiDi (nothing is downloaded). See
 * tests/e2e/README.md, "Firefox".
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { BUILDS } from './chromium';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'commonplace@commonplace.local';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>` (the uuid is fixed by a pref, so tests know it). */
  url: (path: string) => string;
  /** Opens one of our pages and waits until `selector` is in it. */
  openPage: (path: string, selector: string) => Promise<Page>;
  close: () => Promise<void>;
}

export interface FirefoxOptions {
  /** UI language, e.g. 'de' (Debian's firefox-esr-l10n-<lang> must be installed). */
  locale?: string;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi open moz-extension:// pages and script the browser window (toolbar, keys).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'remote.experimental.enabled': true,
      'alerts.useSystemBackend': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  await browser.installExtension(BUILDS.firefox);
  const url = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    url,
    openPage: async (path, selector) => {
      const page = await browser.newPage();
      // Navigations to moz-extension:// never report completion over BiDi: wait for content instead.
      void page.goto(url(path)).catch(() => undefined);
      await waitForContent(page, selector);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Waits until `selector` is in `page`, polled by hand: while a tab is navigating (or the install's
 * welcome tab opens at the same moment), BiDi can fail an evaluation outright instead of waiting.
 */
async function waitForContent(page: Page, selector: string, timeoutMs = 30_000): Promise<ElementHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector).catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${selector} did not appear in ${page.url()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

type Connection = { send: (method: string, params: object) => Promise<{ result: unknown }> };

function connectionOf(session: FirefoxSession): Connection {
  // puppeteer-core's BiDi browser exposes its connection; raw commands reach what its API does not.
  return (session.browser as unknown as { connection: Connection }).connection;
}

/**
 * Runs `expression` in the browser window itself (BiDi `moz:scope: "chrome"`): the toolbar, the
 * menus, the add-on manager. Returns the value (strings, numbers, booleans).
 */
export async function chromeScript<T = unknown>(session: FirefoxSession, expression: string): Promise<T> {
  const connection = connectionOf(session);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window');
  const reply = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.type !== 'success') throw new Error(`chrome script failed: ${reply.exceptionDetails?.text}`);
  return reply.result?.value as T;
}

/** Key names as `KeyboardEvent.key`/`code`/`keyCode` for the keys the tests press. */
function keyEvent(name: string): string {
  const special: Record<string, [string, string, number]> = {
    Alt: ['Alt', 'AltLeft', 18],
    Shift: ['Shift', 'ShiftLeft', 16],
    Ctrl: ['Control', 'ControlLeft', 17],
    Enter: ['Enter', 'Enter', 13],
  };
  const [key, code, keyCode] = special[name] ?? [name, `Key${name}`, name.charCodeAt(0)];
  return `new KeyboardEvent('', { key: ${JSON.stringify(key)}, code: ${JSON.stringify(code)}, keyCode: ${keyCode} })`;
}

/** Chrome-scope code that finds the browser window and tab showing `url` (as `win` and `tab`). */
function findTab(url: string): string {
  return `const windows = [...Services.wm.getEnumerator('navigator:browser')];
    const win = windows.find((candidate) => candidate.gBrowser.tabs.some((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)}));
    const tab = win?.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});`;
}

/**
 * Presses `Alt+Shift+Y`-style keys in a browser window as the keyboard does: trusted key events
 * through nsITextInputProcessor, which the browser's shortcut handling sees (page-level key
 * events never reach add-on shortcuts). With `tabUrl`, first selects the tab showing it and
 * focuses its window and page, as a learner looking at that page would be; with `focusPopup`,
 * moves the focus into the open popup instead.
 */
export async function pressKeys(
  session: FirefoxSession,
  keys: string,
  options: { tabUrl?: string; focusPopup?: boolean } = {},
): Promise<void> {
  if (options.tabUrl) await selectTab(session, options.tabUrl);
  const names = keys.split('+');
  const down = names.map((name) => `tip.keydown(${keyEvent(name)});`).join(' ');
  const up = [...names]
    .reverse()
    .map((name) => `tip.keyup(${keyEvent(name)});`)
    .join(' ');
  const target = options.tabUrl
    ? `(() => { ${findTab(options.tabUrl)} return win; })()`
    : 'Services.wm.getMostRecentWindow("navigator:browser")';
  await chromeScript(
    session,
    `(() => {
      const target = ${target};
      ${options.focusPopup ? "target.document.querySelector('browser.webextension-popup-browser').focus();" : ''}
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      tip.beginInputTransactionForTests(target);
      ${down} ${up}
      return true;
    })()`,
  );
}

/**
 * Makes the tab showing `url` the selected tab of the frontmost window, with the keyboard in its
 * page, and waits until the browser agrees: a shortcut acts on that tab, whatever BiDi activated.
 */
export async function selectTab(session: FirefoxSession, url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const selected = await chromeScript<boolean>(
      session,
      `(() => {
        ${findTab(url)}
        if (!tab) return false;
        win.gBrowser.selectedTab = tab;
        win.focus();
        win.gBrowser.selectedBrowser.focus();
        return Services.wm.getMostRecentWindow('navigator:browser') === win
          && win.gBrowser.selectedTab === tab && win.document.activeElement === tab.linkedBrowser;
      })()`,
    );
    if (selected) return;
    if (Date.now() > deadline) throw new Error(`Could not select the tab showing ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

/** Clicks Commonplace's toolbar button (what the click runs: the action's triggerAction). */
export async function clickToolbarButton(session: FirefoxSession): Promise<void> {
  await chromeScript(
    session,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionParent.apiManager.global.browserActionFor(${EXTENSION}).triggerAction(window);
      return true;
    })()`,
  );
}

/** Whether the popup's panel is open and its page has finished loading. */
export function isPopupReady(session: FirefoxSession): Promise<boolean> {
  return chromeScript(
    session,
    `(() => {
      const popup = document.querySelector('browser.webextension-popup-browser');
      return Boolean(popup) && popup.closest('panel')?.state === 'open' && popup.webProgress?.isLoadingDocument === false
        && popup.currentURI.spec.endsWith('/popup.html');
    })()`,
  );
}

/** The address of the popup open in the browser window, or '' when none is. */
export function openPopupUrl(session: FirefoxSession): Promise<string> {
  return chromeScript(session, `document.querySelector('browser.webextension-popup-browser')?.currentURI.spec ?? ''`);
}

/** Right-clicks `selector` in `page` and picks the context-menu item whose label matches. */
export async function pickContextMenuItem(session: FirefoxSession, page: Page, selector: string, label: RegExp): Promise<void> {
  await page.click(selector, { button: 'right' });
  const menu = "document.getElementById('contentAreaContextMenu')";
  const deadline = Date.now() + 30_000;
  while ((await chromeScript(session, `${menu}.state`)) !== 'open') {
    if (Date.now() > deadline) throw new Error('The context menu did not open');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const picked = await chromeScript<boolean>(
    session,
    `(() => {
      const item = [...${menu}.querySelectorAll('menuitem')].find((node) => !node.hidden && new RegExp(${JSON.stringify(label.source)}).test(node.label));
      if (!item) { ${menu}.hidePopup(); return false; }
      ${menu}.activateItem(item);
      return true;
    })()`,
  );
  if (!picked) throw new Error(`No context-menu item matches ${label}`);
}

/** Stops the add-on's background (the event page) as about:debugging's "Terminate background script" does. */
export async function terminateBackground(session: FirefoxSession): Promise<void> {
  await chromeScript(
    session,
    `(async () => { await ${EXTENSION}.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true }); return true; })()`,
  );
}

/** The running background's context id: a new one after every restart ('' while none runs). */
export function backgroundContextId(session: FirefoxSession): Promise<string> {
  return chromeScript(session, `String(${EXTENSION}.backgroundContext?.contextId ?? '')`);
}

/** Warnings and errors Firefox logged that mention `text` (its console service: add-on pages included). */
export function loggedMessages(session: FirefoxSession, text: string): Promise<string[]> {
  return chromeScript(
    session,
    `Services.console.getMessageArray().map((message) => message.message ?? String(message)).filter((line) => line.includes(${JSON.stringify(text)}))`,
  );
}

/** Every entry in the journal, read with raw IndexedDB from one of our pages. */
export interface StoredEntry {
  id: string;
  kind: string;
  title: string;
  url?: string;
}

export function readEntries(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEntry[]>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries', 'readonly').objectStore('entries').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as StoredEntry[]);
          };
        };
      }),
  );
}
