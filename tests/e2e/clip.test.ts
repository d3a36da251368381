/**
 * Capture in real Chromium with the e2e build (loopback host permissions + test hooks): every
 * kind of capture, re-clips, the popup's "not an article" question, shortcuts and menus, and
 * the pages that must end with a clear notice (restricted, stuck, too big).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureOutcome } from '../../messaging/protocol';
import type { Entry } from '../../storage/schemas';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import {
  activeTabId,
  badgeText,
  hooks,
  openTab,
  readEntries,
  readEntry,
  request,
  tabIdFor,
  testClip,
  triggerAction,
  watchWorker,
} from '../support/extension';
import { appShellPage, articlePage, hugePage, stuckPage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let session: ExtensionSession;
let site: FixtureServer;
let extensionPage: Page;
let worker: Awaited<ReturnType<typeof watchWorker>>;

const SELECTION_PAGE = articlePage({
  title: 'Notes on deliberate practice',
  marker: 'Practicemarker',
  extra: `<p id="passage">Feedback must come <b onclick="window.__clicked = 1">quickly</b> to be useful, <a href="javascript:alert(1)">see why</a> and <a href="https://example.org/feedback">the study</a>.<img src="x" onerror="window.__pwned = 1"></p>`,
});

beforeAll(async () => {
  site = await serve({
    '/article': articlePage({
      title: 'How teams learn from incidents',
      marker: 'Incidentmarker',
      byline: 'Grace Hopper',
      siteName: 'Example Press',
      publishedTime: '2024-05-01T09:00:00Z',
      lang: 'en-GB',
      canonical: 'https://example.org/incidents',
    }),
    '/selection': SELECTION_PAGE,
    '/reclip': articlePage({ title: 'Blameless reviews', marker: 'Reclipmarker' }),
    '/note-page': articlePage({ title: 'A page worth a thought', marker: 'Notemarker' }),
    '/app': appShellPage('Inbox – Example App'),
    '/command': articlePage({ title: 'Shortcut article', marker: 'Commandmarker' }),
    '/menu': SELECTION_PAGE.replace('Notes on deliberate practice', 'Menu selection page'),
    '/stuck': stuckPage('Spinning page'),
    '/huge': hugePage('An enormous page'),
    // Classified by its address alone: a .pdf URL opens in the PDF viewer, which cannot be scripted.
    '/paper.pdf': articlePage({ title: 'A paper', marker: 'Pdfmarker' }),
  });
  session = await launchExtension();
  worker = await watchWorker(session);
  extensionPage = await session.context.newPage();
  await extensionPage.goto(session.url('popup.html'));
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

function savedId(outcome: CaptureOutcome): string {
  if (outcome.status === 'not-saved') throw new Error(`nothing saved: ${outcome.notice}`);
  return outcome.entryId;
}

async function entriesAt(url: string): Promise<Entry[]> {
  return (await readEntries(extensionPage)).filter((entry) => entry.url === url);
}

/** Opens a page and returns it with the extension's id for its tab. */
async function waitForRequest(server: FixtureServer, request: string): Promise<void> {
  for (let attempt = 0; attempt < 200 && !server.requests.includes(request); attempt++) {
    await new Promise((settle) => setTimeout(settle, 50));
  }
  expect(server.requests).toContain(request);
}

async function open(path: string, origin = site.origin): Promise<{ page: Page; tabId: number; url: string }> {
  const url = `${origin}${path}`;
  const page = await openTab(session, url);
  return { page, tabId: await tabIdFor(session, url), url };
}

describe('capture kinds', () => {
  it('clips an article with its metadata, sanitized HTML, Markdown and text', async () => {
    const { page, tabId, url } = await open('/article');
    const outcome = await request(extensionPage, { type: 'clip', mode: 'article', tabId });
    expect(outcome).toMatchObject({ status: 'created', kind: 'article', title: 'How teams learn from incidents' });

    const entry = await readEntry(extensionPage, savedId(outcome));
    expect(entry).toMatchObject({ kind: 'article', url, canonicalUrl: 'https://example.org/incidents' });
    const article = entry?.article;
    expect(article).toMatchObject({ siteName: 'Example Press', lang: 'en-GB', publishedTime: '2024-05-01T09:00:00Z' });
    expect(article?.byline).toContain('Grace Hopper');
    expect(article?.text).toContain('Incidentmarker');
    expect(article?.html).toContain('Incidentmarker');
    expect(article?.markdown).toContain('Incidentmarker');
    expect(article?.excerpt.length).toBeGreaterThan(0);
    expect(article?.wordCount).toBeGreaterThan(150);
    expect(article?.readingMinutes).toBeGreaterThanOrEqual(1);
    // The site's navigation and footer are not part of the article.
    expect(article?.text).not.toContain('Example Press ©');
    expect(await badgeText(session, tabId)).toBe('✓');
    await page.close();
  });

  it('clips the selection: its text, sanitized HTML, and the page URL and title', async () => {
    const { page, tabId, url } = await open('/selection');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('passage') as HTMLElement);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    const outcome = await request(extensionPage, { type: 'clip', mode: 'selection', tabId });
    expect(outcome).toMatchObject({ status: 'created', kind: 'selection', title: 'Notes on deliberate practice' });

    const entry = await readEntry(extensionPage, savedId(outcome));
    expect(entry).toMatchObject({ kind: 'selection', url, title: 'Notes on deliberate practice' });
    expect(entry?.selection?.text).toContain('Feedback must come quickly to be useful');
    const html = entry?.selection?.html ?? '';
    expect(html).toContain('<b>quickly</b>');
    expect(html).toContain('href="https://example.org/feedback"');
    expect(html).toMatch(/rel="noopener noreferrer"/);
    expect(html).not.toMatch(/onclick|onerror|javascript:/i);
    expect(entry?.article).toBeUndefined();
    await page.close();
  });

  it('selection mode with nothing selected saves nothing and says why', async () => {
    const { page, tabId } = await open('/note-page');
    const before = (await readEntries(extensionPage)).length;
    expect(await request(extensionPage, { type: 'clip', mode: 'selection', tabId })).toEqual({
      status: 'not-saved',
      notice: 'no-selection',
    });
    expect(await readEntries(extensionPage)).toHaveLength(before);
    await page.close();
  });

  it('saves a link', async () => {
    const { page, tabId, url } = await open('/note-page?from=link');
    const outcome = await request(extensionPage, { type: 'clip', mode: 'link', tabId });
    expect(outcome).toMatchObject({ status: 'created', kind: 'link', title: 'A page worth a thought' });
    const entry = await readEntry(extensionPage, savedId(outcome));
    expect(entry).toMatchObject({ kind: 'link', url, title: 'A page worth a thought' });
    expect(entry?.article).toBeUndefined();
    await page.close();
  });

  it('writes a quick note about nothing in particular, and one about the page', async () => {
    const loose = await request(extensionPage, { type: 'note/create', text: 'Ask Sam about retros\nand more', aboutPage: false });
    expect(loose).toMatchObject({ status: 'created', kind: 'note' });
    expect(await readEntry(extensionPage, savedId(loose))).toMatchObject({
      kind: 'note',
      url: '',
      note: 'Ask Sam about retros\nand more',
      title: 'Ask Sam about retros',
    });

    const { page, tabId, url } = await open('/note-page?from=note');
    const about = await request(extensionPage, { type: 'note/create', text: 'Try this at Monday stand-up', aboutPage: true, tabId });
    // Titled by its own first line; the page it is about is its link.
    expect(about).toMatchObject({ status: 'created', kind: 'note', title: 'Try this at Monday stand-up' });
    expect(await readEntry(extensionPage, savedId(about))).toMatchObject({ kind: 'note', url, note: 'Try this at Monday stand-up' });
    await page.close();
  });
});

describe('re-clipping', () => {
  it('updates the same entry (fragment and utm_ parameters ignored) and keeps the note and tags', async () => {
    const first = await open('/reclip?utm_source=newsletter&utm_medium=email#section-2');
    const created = await request(extensionPage, { type: 'clip', mode: 'article', tabId: first.tabId });
    expect(created).toMatchObject({ status: 'created', kind: 'article' });
    const id = savedId(created);
    const stored = `${site.origin}/reclip`;
    expect(await readEntry(extensionPage, id)).toMatchObject({ url: stored });

    await request(extensionPage, { type: 'entry/annotate', id, note: 'Use this in our next review', tags: ['incidents', 'reviews'] });

    const second = await open('/reclip?utm_campaign=spring#comments');
    const updated = await request(extensionPage, { type: 'clip', mode: 'article', tabId: second.tabId });
    expect(updated).toMatchObject({ status: 'updated', entryId: id, kind: 'article', title: 'Blameless reviews' });

    const matches = await entriesAt(stored);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id, note: 'Use this in our next review', tags: ['incidents', 'reviews'] });
    expect(matches[0]?.article?.text).toContain('Reclipmarker');

    // Saving the same page as a link later does not downgrade the clipped article.
    const link = await request(extensionPage, { type: 'clip', mode: 'link', tabId: second.tabId });
    expect(link).toMatchObject({ status: 'updated', entryId: id });
    expect((await readEntry(extensionPage, id))?.kind).toBe('article');
    await first.page.close();
    await second.page.close();
  });
});

describe('pages that are not articles', () => {
  it('asks first from the popup path (not-readerable), and saves when forced', async () => {
    const { page, tabId, url } = await open('/app');
    const asked = await request(extensionPage, { type: 'clip', mode: 'article', tabId });
    expect(asked).toEqual({ status: 'not-saved', notice: 'not-readerable' });
    expect(await entriesAt(url)).toHaveLength(0);

    const forced = await request(extensionPage, { type: 'clip', mode: 'article', tabId, force: true });
    expect(forced.status).toBe('created');
    expect(await entriesAt(url)).toHaveLength(1);
    await page.close();
  });
});

describe('shortcuts and context menus (test hooks)', () => {
  it('the clip-article command clips without the popup and shows the ✓ badge', async () => {
    const { page, tabId, url } = await open('/command');
    expect(await badgeText(session, tabId)).toBe('');
    await hooks(session, ['command', 'clip-article', tabId]);
    expect(await badgeText(session, tabId)).toBe('✓');
    const [entry] = await entriesAt(url);
    expect(entry).toMatchObject({ kind: 'article', title: 'Shortcut article' });
    expect(entry?.article?.text).toContain('Commandmarker');
    await page.close();
  });

  it('the selection menu clips the selection; the link menu saves the link target', async () => {
    const { page, tabId, url } = await open('/menu');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('passage') as HTMLElement);
      getSelection()?.addRange(range);
    });
    await hooks(session, ['menuClick', { menuItemId: 'clip-selection', editable: false, pageUrl: url, selectionText: 'Feedback' }, tabId]);
    expect(await badgeText(session, tabId)).toBe('✓');
    const [passage] = await entriesAt(url);
    expect(passage).toMatchObject({ kind: 'selection', title: 'Menu selection page' });
    expect(passage?.selection?.text).toContain('Feedback must come quickly');

    const target = 'https://example.org/feedback';
    await hooks(session, [
      'menuClick',
      { menuItemId: 'save-link', editable: false, pageUrl: url, linkUrl: target, selectionText: 'the study' },
      tabId,
    ]);
    expect(await entriesAt(target)).toMatchObject([{ kind: 'link', url: target, title: 'the study' }]);
    await page.close();
  });
});

describe('pages that end with a notice', () => {
  it('a browser page (chrome://version): nothing saved, a clear notice, no error in the service worker', async () => {
    const page = await openTab(session, 'chrome://version/');
    const tabId = await activeTabId(session, page);
    // A click on the toolbar icon first, as a user would: activeTab does not apply to browser
    // pages, and without the `tabs` permission even their address stays hidden.
    await triggerAction(session, page);
    const before = (await readEntries(extensionPage)).length;
    expect(await request(extensionPage, { type: 'clip', mode: 'article', tabId })).toEqual({ status: 'not-saved', notice: 'hidden-page' });
    expect(await request(extensionPage, { type: 'clip', mode: 'link', tabId })).toEqual({ status: 'not-saved', notice: 'hidden-page' });
    // The keyboard shortcut on the same page: same answer, shown as "!" on the badge, and the
    // gesture handler must not reject.
    await hooks(session, ['command', 'clip-article', tabId]);
    expect(await badgeText(session, tabId)).toBe('!');
    expect(await readEntries(extensionPage)).toHaveLength(before);
    expect(await worker.errors()).toEqual([]);
    await page.close();
  });

  it('a data: URL is never scripted; nothing is saved', async () => {
    const page = await openTab(session, 'data:text/html,<title>Data page</title><p>Inline</p>');
    const tabId = await activeTabId(session, page);
    const outcome = await testClip(session, { tabId, mode: 'article' });
    expect(outcome.outcome).toMatchObject({ status: 'not-saved', notice: 'hidden-page' });
    await page.close();
  });

  it('a PDF whose address is visible saves the link, restricted, without injecting', async () => {
    const { page, tabId, url } = await open('/paper.pdf');
    const outcome = await testClip(session, { tabId, mode: 'article' });
    expect(outcome.outcome).toMatchObject({ status: 'created', kind: 'link', notice: 'restricted' });
    expect(await entriesAt(url)).toHaveLength(1);
    await page.close();
  });

  it('a page whose main thread is stuck ends with page-unresponsive, and the browser still answers', async () => {
    // A different host name than the other fixtures, so Chromium gives it a renderer of its own.
    const port = new URL(site.origin).port;
    const { page, tabId, url } = await open('/stuck', `http://localhost:${port}`);
    await waitForRequest(site, 'GET /spinning');
    // The loop starts as the response to /spinning arrives; give it a moment to begin.
    await new Promise((settle) => setTimeout(settle, 300));
    const result = await testClip(session, { tabId, mode: 'article', limits: { captureTimeoutMs: 800, extractionTimeoutMs: 2_000 } });
    expect(result.outcome).toMatchObject({ status: 'created', kind: 'link', notice: 'page-unresponsive', title: 'Spinning page' });
    expect(await entriesAt(url)).toHaveLength(1);

    // The service worker and other pages keep working while that tab spins.
    const note = await request(extensionPage, { type: 'note/create', text: 'Still here', aboutPage: false });
    expect(note).toMatchObject({ status: 'created', kind: 'note' });
    const other = await open('/note-page?after=stuck');
    expect(await testClip(session, { tabId: other.tabId, mode: 'link' })).toMatchObject({ outcome: { status: 'created' } });
    await other.page.close();
    await page.close({ runBeforeUnload: false });
    expect(await worker.errors()).toEqual([]);
  });

  it('a page over 5,000,000 characters saves the link with too-big', async () => {
    const { page, tabId, url } = await open('/huge');
    const outcome = await request(extensionPage, { type: 'clip', mode: 'article', tabId });
    expect(outcome).toMatchObject({ status: 'created', kind: 'link', notice: 'too-big', title: 'An enormous page' });
    const [entry] = await entriesAt(url);
    expect(entry?.kind).toBe('link');
    expect(entry?.article).toBeUndefined();
    await page.close();
  });

  it('left no unhandled rejection or logged error in the service worker', async () => {
    expect(await worker.errors()).toEqual([]);
  });
});
