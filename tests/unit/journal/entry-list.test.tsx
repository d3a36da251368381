// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryList, PAGE_SIZE } from '../../../entrypoints/journal/EntryList';
import { getDb } from '../../../storage/db';
import { makeEntry } from './support';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

beforeEach(async () => {
  await getDb().entries.clear();
});
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
  it('explains how to clip when the journal is empty', async () => {
    render(<EntryList />);
    expect(await screen.findByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy();
    expect(document.body.textContent).toContain('Alt+Shift+A');
    expect(document.body.textContent).toContain('Alt+Shift+S');
    expect(document.body.textContent).toContain('Alt+Shift+L');
  });

  it('lists entries newest first with kind, source, snippet and tags', async () => {
    await getDb().entries.bulkAdd([
      makeEntry({ title: 'Older note', note: 'What I thought', createdAt: 1_000 }),
      makeEntry({ kind: 'article', title: 'Newer article', url: 'https://www.example.com/a', article, tags: ['focus'], createdAt: 2_000 }),
    ]);
    render(<EntryList />);
    await screen.findByRole('link', { name: 'Newer article' });
    const rows = screen.getAllByRole('listitem').filter((item) => item.classList.contains('entry-row'));
    expect(rows.map((row) => within(row).getByRole('heading').textContent)).toEqual(['Newer article', 'Older note']);
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
    await getDb().entries.add(makeEntry({ title: 'Saved by the background' }));
    expect(await screen.findByRole('link', { name: 'Saved by the background' })).toBeTruthy();
  });

  it('loads another page on "Load more" and focuses its first entry', async () => {
    await getDb().entries.bulkAdd(Array.from({ length: PAGE_SIZE + 1 }, (_, i) => makeEntry({ title: `E${i}`, createdAt: 10_000 - i })));
    render(<EntryList />);
    await screen.findByRole('link', { name: 'E0' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(PAGE_SIZE);
    expect(screen.queryByRole('link', { name: `E${PAGE_SIZE}` })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const last = await screen.findByRole('link', { name: `E${PAGE_SIZE}` });
    await waitFor(() => expect(document.activeElement).toBe(last));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
