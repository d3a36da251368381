import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipTab } from '../../../entrypoints/background/clipping';
import { runExtraction } from '../../../entrypoints/background/extraction-client';
import type { HostResult } from '../../../extraction/host';
import type { PageCapture } from '../../../extraction/types';
import { getDb } from '../../../storage/db';
import type { ArticleContent } from '../../../storage/schemas';

vi.mock('../../../entrypoints/background/extraction-client', () => ({ runExtraction: vi.fn() }));

const PAGE = 'https://news.example/story?utm_source=feed';
/** Only the fields clipping reads; the rest of `tabs.Tab` does not matter here. */
const tab = (url: string) => ({ id: 7, url, title: 'Tab title' }) as Browser.tabs.Tab;
const LIMITS = { captureTimeoutMs: 50, extractionTimeoutMs: 50 };

const capture = (overrides: Partial<PageCapture> = {}): PageCapture => ({
  url: PAGE,
  title: 'Page title',
  html: '<html><body><p>hi</p></body></html>',
  isTooBig: false,
  selectionText: '',
  selectionHtml: '',
  ...overrides,
});

const ARTICLE: ArticleContent = {
  html: '<p>Body</p>',
  markdown: 'Body',
  text: 'Body',
  byline: 'Ada',
  siteName: 'News',
  publishedTime: '',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'Body',
  wordCount: 1,
  readingMinutes: 1,
};
const articleResult = (isReaderable: boolean): HostResult => ({
  kind: 'article',
  title: 'Story',
  canonicalUrl: 'https://news.example/story',
  isReaderable,
  article: ARTICLE,
  timings: { parseMs: 1, totalMs: 2 },
});

function injectionReturns(result: PageCapture | Promise<never>) {
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((() =>
    result instanceof Promise ? result : Promise.resolve([{ frameId: 0, result, documentId: 'd' }])) as never);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.mocked(runExtraction).mockReset();
  await getDb().entries.clear();
});

describe('clipTab', () => {
  it('saves an article with its metadata under the normalized URL', async () => {
    injectionReturns(capture());
    vi.mocked(runExtraction).mockResolvedValue(articleResult(true));
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ status: 'created', kind: 'article', title: 'Story' });
    const [entry] = await getDb().entries.toArray();
    expect(entry).toMatchObject({ url: 'https://news.example/story', canonicalUrl: 'https://news.example/story', article: ARTICLE });
  });

  it.each([
    ['chrome://settings', 'a browser page'],
    ['https://chromewebstore.google.com/detail/x', 'the web store'],
    ['https://example.com/paper.pdf', 'the PDF viewer'],
    ['view-source:https://example.com', 'view-source'],
    ['data:text/html,<p>x', 'a data: URL'],
  ])('saves only the link of %s (%s) without injecting', async (url) => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    const outcome = await clipTab({ tab: tab(url), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ status: 'created', kind: 'link', notice: 'restricted' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('saves nothing when the browser hides the page address (browser pages, no tabs permission)', async () => {
    const outcome = await clipTab({ tab: { id: 7 } as Browser.tabs.Tab, mode: 'link', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toEqual({ status: 'not-saved', notice: 'hidden-page' });
    expect(await getDb().entries.count()).toBe(0);
  });

  it('saves the link when the browser refuses the injection (e.g. a file URL without access)', async () => {
    injectionReturns(Promise.reject(new Error('Cannot access contents of the page')));
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ kind: 'link', notice: 'restricted' });
  });

  it('saves the link when the page never answers (its main thread is stuck)', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockReturnValue(new Promise(() => {}) as never);
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ kind: 'link', notice: 'page-unresponsive' });
  });

  it('refuses a capture that does not match the schema (page-controlled values)', async () => {
    injectionReturns({ ...capture(), html: 42 } as unknown as PageCapture);
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ kind: 'link', notice: 'restricted' });
    expect(runExtraction).not.toHaveBeenCalled();
  });

  it.each([
    ['too-big', capture({ html: '', isTooBig: true }), undefined],
    ['extraction-timeout', capture(), { kind: 'timeout' } as HostResult],
    ['extraction-failed', capture(), { kind: 'failed', message: 'x' } as HostResult],
  ])('falls back to the link with notice %s', async (notice, captured, result) => {
    injectionReturns(captured);
    if (result) vi.mocked(runExtraction).mockResolvedValue(result);
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ status: 'created', kind: 'link', notice });
  });

  it.each([
    [true, false, { status: 'not-saved', notice: 'not-readerable' }],
    [true, true, { status: 'created', kind: 'article', notice: 'not-readerable' }],
    [false, false, { status: 'created', kind: 'article', notice: 'not-readerable' }],
  ])('a page that is not an article: canAsk=%s force=%s', async (canAsk, force, expected) => {
    injectionReturns(capture());
    vi.mocked(runExtraction).mockResolvedValue(articleResult(false));
    expect(await clipTab({ tab: tab(PAGE), mode: 'article', force, canAsk, limits: LIMITS })).toMatchObject(expected);
  });

  it('asks (popup) or saves the link (shortcut) when no article is found', async () => {
    injectionReturns(capture());
    vi.mocked(runExtraction).mockResolvedValue({ kind: 'no-article', isReaderable: false, timings: { parseMs: 1, totalMs: 1 } });
    expect(await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: true, limits: LIMITS })).toEqual({
      status: 'not-saved',
      notice: 'not-readerable',
    });
    expect(await clipTab({ tab: tab(PAGE), mode: 'article', force: false, canAsk: false, limits: LIMITS })).toMatchObject({
      kind: 'link',
      notice: 'no-article',
    });
  });

  it('clips a selection with its sanitized HTML, page URL and title', async () => {
    injectionReturns(capture({ selectionText: 'A passage', selectionHtml: '<b onclick="x()">A passage</b>' }));
    vi.mocked(runExtraction).mockResolvedValue({ kind: 'selection', selection: { text: 'A passage', html: '<b>A passage</b>' } });
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'selection', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ status: 'created', kind: 'selection', title: 'Page title' });
    const [entry] = await getDb().entries.toArray();
    expect(entry?.selection).toEqual({ text: 'A passage', html: '<b>A passage</b>' });
    expect(vi.mocked(runExtraction).mock.calls[0]?.[0].capture.html).toBe('');
  });

  it('says so when there is no selection, and saves nothing', async () => {
    injectionReturns(capture());
    expect(await clipTab({ tab: tab(PAGE), mode: 'selection', force: false, canAsk: true, limits: LIMITS })).toEqual({
      status: 'not-saved',
      notice: 'no-selection',
    });
    expect(await getDb().entries.count()).toBe(0);
  });

  it('saves a link without touching the page', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    const outcome = await clipTab({ tab: tab(PAGE), mode: 'link', force: false, canAsk: true, limits: LIMITS });
    expect(outcome).toMatchObject({ status: 'created', kind: 'link', title: 'Tab title' });
    expect(inject).not.toHaveBeenCalled();
  });
});
