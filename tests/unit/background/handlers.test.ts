import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../../entrypoints/background/handlers';
import { handleCommand, handleMenuClick } from '../../../entrypoints/background/menus';
import { HandlerError } from '../../../messaging/router';
import { getDb } from '../../../storage/db';

vi.mock('../../../entrypoints/background/extraction-client', () => ({ runExtraction: vi.fn() }));

const SENDER = { id: 'x', url: 'chrome-extension://x/popup.html' };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await getDb().entries.clear();
});

async function openTab(url: string, title: string) {
  return browser.tabs.create({ url, title } as never);
}

describe('note/create', () => {
  it('saves a note about the current page with its URL and title', async () => {
    const tab = await openTab('https://example.com/post', 'A post');
    const outcome = await handlers['note/create'](
      { type: 'note/create', text: 'Try this in Monday’s retro', aboutPage: true, tabId: tab.id },
      SENDER,
    );
    expect(outcome).toMatchObject({ status: 'created', kind: 'note' });
    const [entry] = await getDb().entries.toArray();
    expect(entry).toMatchObject({ kind: 'note', url: 'https://example.com/post', note: 'Try this in Monday’s retro' });
  });

  it('saves a free-standing note titled by its first line', async () => {
    await handlers['note/create']({ type: 'note/create', text: 'Idea: pair on reviews\nmore detail', aboutPage: false }, SENDER);
    const [entry] = await getDb().entries.toArray();
    expect(entry).toMatchObject({ url: '', title: 'Idea: pair on reviews' });
  });
});

describe('entry/annotate', () => {
  it('sets note and tags', async () => {
    const tab = await openTab('https://example.com/post', 'A post');
    const saved = await handlers.clip({ type: 'clip', mode: 'link', tabId: tab.id }, SENDER);
    if (saved.status === 'not-saved') throw new Error('not saved');
    await handlers['entry/annotate'](
      { type: 'entry/annotate', id: saved.entryId, note: 'Use in onboarding', tags: ['onboarding'] },
      SENDER,
    );
    expect(await getDb().entries.get(saved.entryId)).toMatchObject({ note: 'Use in onboarding', tags: ['onboarding'] });
  });

  it('reports a missing entry as not-found', async () => {
    await expect(
      handlers['entry/annotate']({ type: 'entry/annotate', id: '11111111-1111-4111-8111-111111111111', note: '', tags: [] }, SENDER),
    ).rejects.toBeInstanceOf(HandlerError);
  });
});

describe('clip', () => {
  it('reports a tab that is gone', async () => {
    await expect(handlers.clip({ type: 'clip', mode: 'link', tabId: 999 }, SENDER)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('commands and context menus', () => {
  it.each([
    ['save-link', 'link'],
    ['clip-article', 'link'],
  ])('command %s clips the tab and confirms with a notification', async (command, kind) => {
    const tab = await openTab('chrome://newtab', 'New tab');
    const notify = vi.spyOn(browser.notifications, 'create');
    await handleCommand(command, tab);
    const [entry] = await getDb().entries.toArray();
    expect(entry?.kind).toBe(kind);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('ignores an unknown command', async () => {
    await handleCommand('_execute_action', await openTab('https://example.com', 'x'));
    expect(await getDb().entries.count()).toBe(0);
  });

  it('the link menu saves the link target, not the page', async () => {
    const tab = await openTab('https://example.com/page', 'Page');
    await handleMenuClick({ menuItemId: 'save-link', linkUrl: 'https://other.example/read-me', editable: false, pageUrl: tab.url }, tab);
    const [entry] = await getDb().entries.toArray();
    expect(entry).toMatchObject({ kind: 'link', url: 'https://other.example/read-me' });
  });
});
