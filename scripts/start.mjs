#!/usr/bin/env node
// `npm start`: builds the production extension, serves the bundled demo article on loopback and
// opens Debian's Chromium with Commonplace loaded. With a display the browser stays open for you;
// without one it runs headless, walks the main flows through the real activeTab path (CDP
// `Extensions.triggerAction` is a click on the toolbar icon) and saves screenshots.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { walkMoreFlows } from './demo-flows.mjs';
import { takeStoreShots } from './store-shots.mjs';
import { walkFirstRun, walkSections, writeGallery } from './tour-screens.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(root, '.output/chrome-mv3');
const DEMO = join(root, 'demo');
const SHOTS = join(root, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HEADED = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// Button labels come from the extension's own strings, so rewording one does not break the walk.
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8'));
const label = (key) => messages[key].message;

console.log('▶ Building the extension (wxt build)…');
if (spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('\n✗ npm start: the build failed (see above).');
  process.exit(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const file = resolve(DEMO, `.${path === '/' ? '/article.html' : path}`);
  let body;
  try {
    if (file.startsWith(DEMO + sep)) body = readFileSync(file);
  } catch {
    // Missing or not a file: answered below as not found.
  }
  if (!body) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  else response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// Headed runs keep their profile so your demo journal survives the next `npm start`.
const profile = HEADED ? join(root, '.cache/start-profile') : mkdtempSync(join(tmpdir(), 'commonplace-start-'));
mkdirSync(profile, { recursive: true });
const context = await chromium
  .launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !HEADED,
    viewport: HEADED ? null : { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  .catch((error) => {
    console.error(`\n✗ npm start: could not start Chromium (${CHROMIUM}): ${error.message.split('\n')[0]}`);
    process.exit(1);
  });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const extensionUrl = (path) => `chrome-extension://${extensionId}/${path}`;
const article = context.pages().find((page) => !page.url().startsWith('chrome-extension://')) ?? (await context.newPage());
await article.goto(`${origin}/article.html`);

if (HEADED) {
  console.log(`
✔ Chromium is open on the demo article (${origin}/article.html) with Commonplace loaded.
  Try: pin Commonplace from the puzzle-piece menu and click its icon, or press Alt+Shift+Y (clip article),
  select a passage and press Alt+Shift+Q, right-click a link > "${label('menuSaveLink')}".
  Your journal: ${extensionUrl('journal.html')}
  Profile (your demo journal): ${profile}
  Close the browser window to stop.`);
  await new Promise((done) => context.on('close', done));
  server.close();
  process.exit(0);
}

const failures = [];
const pageErrors = [];
const saved = [];
context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));

/** Runs one flow; a failure is recorded and the walk goes on, so one run reports everything. */
async function flow(name, run) {
  try {
    await run();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`  ✗ ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

const cdp = await context.browser().newBrowserCDPSession();
/** Clicks the toolbar icon for `page`'s tab (granting activeTab) and returns the tab's id. */
async function clickToolbarIcon(page) {
  await page.bringToFront(); // the action acts on the window's active tab
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.url === page.url());
  if (!target) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  // Only a tab granted activeTab shows its URL to an extension without host permissions.
  for (let attempt = 0; attempt < 20; attempt++) {
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url());
    if (tabId !== undefined) return tabId;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('activeTab was not granted');
}

const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 640 });
/** Opens the popup for `tabId`, runs `act` in it and returns the confirmation it shows. */
async function inPopup(tabId, act) {
  await popup.goto(extensionUrl(`popup.html?tabId=${tabId}`));
  await act();
  const outcome = popup.locator('.status .ok, .status .error, .status .notice').first();
  await outcome.waitFor({ timeout: 10_000 });
  return (await outcome.textContent())?.trim() ?? '';
}
const click = (key) => () => popup.getByRole('button', { name: label(key), exact: true }).click();
const expectText = (text, start) => {
  if (!text.startsWith(start)) throw new Error(`the popup said "${text}"`);
};
const savedPrefix = label('popupSavedCreated');
const updatedPrefix = label('popupSavedUpdated');

console.log(`\n▶ Walking the main flows on ${origin}/article.html (headless)`);
await walkFirstRun({ flow, shootWhenShown, extensionUrl, context });
let tabId;
await flow('toolbar icon grants activeTab on the article tab', async () => {
  tabId = await clickToolbarIcon(article);
});
await flow('clip the article from the popup', async () => expectText(await inPopup(tabId, click('popupClipArticle')), savedPrefix));
await flow('add a note and tags right after saving', async () => {
  await popup.locator('#annotate-note').fill('Try a 15-minute block on Tue/Thu with the team.');
  await popup.locator('#annotate-tags').fill('habits, learning');
  await popup.getByRole('button', { name: label('popupAnnotateSave') }).click();
  await shootWhenShown(popup, 'popup', popup.getByText(label('popupAnnotationSaved')), { fullPage: true });
});
await flow('clip a selected passage', async () => {
  await article.evaluate(() => getSelection()?.selectAllChildren(document.querySelector('blockquote p')));
  expectText(await inPopup(tabId, click('popupClipSelection')), savedPrefix);
});
await flow('clipping the article again updates its entry', async () =>
  expectText(await inPopup(tabId, click('popupClipArticle')), updatedPrefix),
);
await flow('save a link to another page', async () => {
  const other = await context.newPage();
  await other.goto(`${origin}/weekly-review.html`);
  expectText(await inPopup(await clickToolbarIcon(other), click('popupSaveLink')), savedPrefix);
  await other.close();
});
await flow('write a quick note about the page', async () => {
  const act = async () => {
    await click('popupWriteNote')();
    await popup.locator('#quick-note-text').fill('Ask in my 1:1 which applied items count as evidence.');
    await click('popupSaveNote')();
  };
  expectText(await inPopup(tabId, act), savedPrefix);
});

const journal = popup;
await journal.setViewportSize({ width: 1280, height: 900 });
let articleId;
await flow('the journal holds one article, selection, link and note', async () => {
  await journal.goto(extensionUrl('journal.html'));
  const entries = await journal.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('entries').objectStore('entries').getAll();
          read.onsuccess = () => done(read.result.map(({ id, kind, tags }) => ({ id, kind, tags })));
        };
      }),
  );
  const kinds = entries.map((entry) => entry.kind).sort();
  if (kinds.join() !== 'article,link,note,selection') throw new Error(`found ${kinds.join(', ') || 'nothing'}`);
  const clipped = entries.find((entry) => entry.kind === 'article');
  if (!clipped.tags.includes('habits')) throw new Error('the tags added after saving are missing');
  articleId = clipped.id;
});
await flow('the journal lists the entries', async () => {
  await shootWhenShown(journal, 'journal', journal.getByText('Fifteen Minutes at a Time').first());
});
await flow('the reader shows the clipped article', async () => {
  await journal.goto(extensionUrl(`journal.html#/entry/${articleId}`));
  await shootWhenShown(journal, 'reader', journal.getByText('Why the classroom model struggles'));
});
await walkMoreFlows({ flow, shoot, shootWhenShown, label, extensionUrl, popup, journal, tabId });
await walkSections({ flow, shootWhenShown, extensionUrl, journal, articleId });
await flow('the store listing images (store/screenshots)', async () => {
  saved.push(...(await takeStoreShots({ journal, extensionUrl, articleId, root, context })));
});
await flow('no uncaught errors in extension pages', async () => {
  const ours = pageErrors.filter((line) => line.startsWith('chrome-extension://'));
  if (ours.length) throw new Error(ours.join(' | '));
});

/** Waits for `expected`, then screenshots whatever is there; fails when it never showed. */
async function shootWhenShown(page, name, expected, options) {
  const shown = await expected.waitFor({ timeout: 5_000 }).then(
    () => true,
    (error) => error,
  );
  await shoot(page, name, options);
  if (shown !== true) throw shown;
}

/** Saves `name-light.png` and `name-dark.png`. */
async function shoot(page, name, options = {}) {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const path = join(SHOTS, `${name}-${scheme}.png`);
    await page.screenshot({ path, ...options });
    saved.push(path);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

await context.close();
server.close();
if (saved.length) saved.push(writeGallery(SHOTS, saved));
rmSync(profile, { recursive: true, force: true });
console.log(`\nScreenshots:\n${saved.map((path) => `  ${path}`).join('\n') || '  (none)'}`);
if (failures.length) {
  console.error(`\n✗ npm start: ${failures.length} flow(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\n✔ Every flow worked. Run `npm start` on a machine with a display to try it yourself.');
