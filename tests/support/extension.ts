/**
 * Driving the loaded extension from a real-browser test: find a tab's id, send a request as our
 * own page would, fire the e2e build's test hooks, click the toolbar icon through CDP, and read
 * the journal straight from IndexedDB. See tests/e2e/README.md.
 */
import type { Page } from 'playwright-core';
import type { TestClipOptions } from '../../entrypoints/background/test-hooks';
import type { CaptureOutcome, PageRequest, Reply } from '../../messaging/protocol';
import type { Entry } from '../../storage/schemas';
import type { ExtensionSession } from './chromium';

/** What the e2e build's `commonplaceTest.clip` resolves to. */
export interface TestClipResult {
  outcome: CaptureOutcome;
  timings: { captureMs: number; extraction?: { parseMs: number; totalMs: number } };
  totalMs: number;
}

/** The hooks the e2e build puts on the service worker's global object (test-hooks.ts). */
interface TestHooks {
  command: (command: string, tabId: number) => Promise<void>;
  menuClick: (info: Record<string, unknown>, tabId: number) => Promise<void>;
  clip: (options: TestClipOptions) => Promise<TestClipResult>;
  snapshot: () => Promise<unknown>;
}

/** Opens `url` in a new tab and waits for its load event. */
export async function openTab(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * The extension's id for the tab showing `url`. The service worker sees a tab's URL only with
 * a host permission (e2e build) or an activeTab grant; polls briefly while the tab commits.
 */
export async function tabIdFor(session: ExtensionSession, url: string): Promise<number> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const worker = await session.serviceWorker();
    const id = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`No tab shows ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The id of `page`'s tab, found by bringing it to the front: for tabs whose URL the extension
 * may not see (production build, browser pages, data: URLs).
 */
export async function activeTabId(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await session.serviceWorker();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error('No active tab');
  return id;
}

/** Sends a request from one of our pages, exactly as the popup or the journal does. */
export function sendRequest<T = unknown>(extensionPage: Page, request: PageRequest): Promise<Reply<T>> {
  return extensionPage.evaluate((message) => chrome.runtime.sendMessage(message), request) as Promise<Reply<T>>;
}

/** Like `sendRequest`, for a request that must succeed: returns its value. */
export async function request<T = CaptureOutcome>(extensionPage: Page, message: PageRequest): Promise<T> {
  const reply = await sendRequest<T>(extensionPage, message);
  if (!reply.ok) throw new Error(`${message.type} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

/** Runs the e2e build's test hook in the service worker (`commonplaceTest`). */
export async function hooks<R>(session: ExtensionSession, call: [keyof TestHooks, ...unknown[]]): Promise<R> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async ([name, ...args]) => {
    const testHooks = (globalThis as unknown as { commonplaceTest?: Record<string, (...a: unknown[]) => Promise<unknown>> })
      .commonplaceTest;
    const hook = testHooks?.[name as string];
    if (!hook) throw new Error(`No test hook ${String(name)}: is this the e2e build?`);
    return hook(...args);
  }, call) as Promise<R>;
}

/** Clips a tab through the pipeline the popup uses (e2e build), with optional short limits. */
export function testClip(session: ExtensionSession, options: TestClipOptions): Promise<TestClipResult> {
  return hooks<TestClipResult>(session, ['clip', options]);
}

/** The toolbar icon's badge text for a tab. */
export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Clicks the toolbar icon on `page`'s tab, as the user would: CDP `Extensions.triggerAction` on
 * the page's **tab** target. This grants activeTab on that tab (and opens the popup, which
 * Playwright cannot drive). Works on the production build.
 */
export async function triggerAction(session: ExtensionSession, page: Page): Promise<void> {
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser behind this context: cannot open a browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((info) => info.url === page.url());
    if (!target) throw new Error(`No tab target for ${page.url()}`);
    // Not in Playwright's protocol typings: Extensions.triggerAction is recent.
    const send = cdp.send.bind(cdp) as (method: string, params: object) => Promise<unknown>;
    await send('Extensions.triggerAction', { id: session.extensionId, targetId: target.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Every entry in the journal, read with raw IndexedDB from one of our pages (no Dexie). */
export function readEntries(extensionPage: Page): Promise<Entry[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('entries', 'readonly').objectStore('entries').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Entry[]);
          };
        };
      }),
  );
}

/** One entry by id, or undefined. */
export async function readEntry(extensionPage: Page, id: string): Promise<Entry | undefined> {
  return (await readEntries(extensionPage)).find((entry) => entry.id === id);
}

/**
 * Watches the service worker from now on: its unhandled rejections and uncaught errors (recorded
 * inside the worker) and its `console.error` lines (our gesture handlers log failures there).
 * `errors()` fails if the worker restarted meanwhile, since its record would be lost.
 */
export async function watchWorker(session: ExtensionSession): Promise<{ errors: () => Promise<string[]> }> {
  const worker = await session.serviceWorker();
  const consoleErrors: string[] = [];
  worker.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
  });
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __testErrors?: string[] } & typeof globalThis;
    if (scope.__testErrors) return;
    const errors: string[] = [];
    scope.__testErrors = errors;
    scope.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
    scope.addEventListener('error', (event) => errors.push(`error: ${String(event.message)}`));
  });
  return {
    errors: async () => {
      const current = await session.serviceWorker();
      if (current !== worker) throw new Error('The service worker restarted while it was watched');
      const recorded = await current.evaluate(() => (globalThis as unknown as { __testErrors?: string[] }).__testErrors ?? null);
      if (recorded === null) throw new Error('The service worker restarted while it was watched');
      return [...recorded, ...consoleErrors];
    },
  };
}
