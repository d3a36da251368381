// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { EntryList } from '../../../entrypoints/journal/EntryList';
import { resetListState } from '../../../entrypoints/journal/list/list-state';
import { getDb } from '../../../storage/db';
import type { Entry } from '../../../storage/schemas';
import { reindexEntries } from '../../../storage/search-index';
import { makeEntry } from './support';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

beforeEach(async () => {
  await getDb().entries.clear();
  await getDb().listRows.clear();
  resetListState();
});

/** Stores entries as an import would: written directly, then indexed. */
async function store(entries: Entry[]): Promise<void> {
  await getDb().entries.bulkAdd(entries);
  await reindexEntries(entries.map((entry) => entry.id));
}
afterEach(cleanup);

const article = {
  html: '<p>Body</p>',
  markdown: 'Body',
  text: 'Body text of the article',
  byline: 'Ada',
  siteName: '',
  publishedTime: '',
  lang: 'en',
  dir: 'ltr' as const,
  excerpt: 'A short excerpt',
  wordCount: 5,
  readingMinutes: 1,
};

describe('EntryList', () => {
  it('explains how to clip when the journal is empty, with the shortcuts the browser bound', async () => {
    vi.spyOn(browser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+J' },
      { name: 'clip-article', description: 'Clip this article', shortcut: 'Alt+Shift+R' },
      { name: 'clip-selection', description: 'Clip the selection', shortcut: '' },
      { name: 'save-link', description: 'Save a link', shortcut: 'Ctrl+Shift+9' },
    ] as never);
    render(<EntryList />);
    expect(await screen.findByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy();
    const list = await screen.findByTestId('shortcut-list');
    expect(list.textContent).toContain('Alt+Shift+R');
    expect(list.textContent).toContain('Ctrl+Shift+9');
    expect(list.textContent).toContain('Not set');
    expect(list.textContent).not.toContain('Alt+Shift+J');
    expect(screen.getByRole('button', { name: 'Open the shortcuts page' })).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('lists entries newest first with kind, source, snippet and tags', async () => {
    await store([
      makeEntry({ title: 'Older note', note: 'What I thought', createdAt: 1_000 }),
      makeEntry({ kind: 'article', title: 'Newer article', url: 'https://www.example.com/a', article, tags: ['focus'], createdAt: 2_000 }),
    ]);
    render(<EntryList />);
    await screen.findByRole('link', { name: 'Newer article' });
    const rows = screen.getAllByRole('listitem').filter((item) => item.classList.contains('entry-row'));
    // A quick note is titled by its first line, not by the title it was stored with.
    expect(rows.map((row) => within(row).getByRole('heading').textContent)).toEqual(['Newer article', 'What I thought']);
    const [first, second] = rows;
    expect(first?.textContent).toContain('Article');
    expect(first?.textContent).toContain('example.com');
    expect(first?.textContent).toContain('A short excerpt');
    expect(within(first as HTMLElement).getByRole('list', { name: 'Tags' }).textContent).toBe('focus');
    expect(second?.textContent).toContain('Note');
    expect(second?.textContent).toContain('What I thought');
    expect(
      within(first as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toMatch(/^#\/entry\//);
  });

  it('shows an entry saved elsewhere without a reload', async () => {
    render(<EntryList />);
    await screen.findByRole('heading', { name: 'Nothing saved yet' });
    await store([makeEntry({ title: 'Saved by the background' })]);
    expect(await screen.findByRole('link', { name: 'Saved by the background' })).toBeTruthy();
  });

  it('renders only the rows near the viewport, each placed in the whole list', async () => {
    await store(Array.from({ length: 500 }, (_, i) => makeEntry({ title: `E${i}`, createdAt: 100_000 - i })));
    render(<EntryList />);
    await screen.findByRole('link', { name: 'E0' });
    const rows = screen.getAllByRole('listitem').filter((item) => item.classList.contains('entry-row'));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    // The count comes after the first rows (counting walks the table); until then the set size is unknown.
    await waitFor(() => expect(document.querySelector('.list-count')?.textContent).toBe('500 entries'));
    const counted = screen.getAllByRole('listitem').filter((item) => item.classList.contains('entry-row'));
    expect(counted[1]?.getAttribute('aria-posinset')).toBe('2');
    expect(counted[1]?.getAttribute('aria-setsize')).toBe('500');
  });
});
