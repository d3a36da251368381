/**
 * The real activeTab path on the PRODUCTION build (no host permissions): a click on the toolbar
 * icon (CDP `Extensions.triggerAction` on the tab target) is what lets the extension read a page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, type ExtensionSession, launchExtension } from '../support/chromium';
import { activeTabId, openTab, readEntries, readEntry, request, triggerAction } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let session: ExtensionSession;
let site: FixtureServer;
let extensionPage: Page;

beforeAll(async () => {
  site = await serve({
    '/granted': articlePage({
      title: 'How teams learn from incidents',
      marker: 'Grantedmarker',
      byline: 'Ada Lovelace',
      siteName: 'Example Press',
      publishedTime: '2024-05-01T09:00:00Z',
    }),
    '/not-granted': articlePage({ title: 'An article nobody clicked for', marker: 'Ungrantedmarker' }),
  });
  session = await launchExtension({ extensionPath: BUILDS.production });
  extensionPage = await session.context.newPage();
  await extensionPage.goto(session.url('popup.html'));
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('production build, activeTab', () => {
  it('cannot see a page the user did not click the icon on: nothing is read or saved', async () => {
    const article = await openTab(session, `${site.origin}/not-granted`);
    const tabId = await activeTabId(session, article);
    const before = await readEntries(extensionPage);
    // Without the grant the page's address is hidden from the extension, let alone its text.
    const outcome = await request(extensionPage, { type: 'clip', mode: 'article', tabId });
    expect(outcome).toEqual({ status: 'not-saved', notice: 'hidden-page' });
    const after = await readEntries(extensionPage);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('Ungrantedmarker');
    await article.close();
  });

  it('clips the article after a click on the toolbar icon (Extensions.triggerAction)', async () => {
    const url = `${site.origin}/granted`;
    const article = await openTab(session, url);
    const tabId = await activeTabId(session, article);
    await triggerAction(session, article);
    const outcome = await request(extensionPage, { type: 'clip', mode: 'article', tabId });
    expect(outcome).toMatchObject({ status: 'created', kind: 'article', title: 'How teams learn from incidents' });
    expect(outcome).not.toHaveProperty('notice');

    const entry = await readEntry(extensionPage, outcome.status === 'not-saved' ? '' : outcome.entryId);
    expect(entry).toMatchObject({ kind: 'article', url, title: 'How teams learn from incidents', note: '', tags: [] });
    expect(entry?.article?.byline).toContain('Ada Lovelace');
    expect(entry?.article?.siteName).toBe('Example Press');
    expect(entry?.article?.text).toContain('Grantedmarker');
    expect(entry?.article?.html).toContain('Grantedmarker');
    expect(entry?.article?.markdown).toContain('Grantedmarker');
    expect(entry?.article?.wordCount).toBeGreaterThan(100);
    await article.close();
  });
});
