// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryList } from '../../../entrypoints/journal/EntryList';
import { resetListState } from '../../../entrypoints/journal/list/list-state';
import { getDb } from '../../../storage/db';
import { reindexEntries } from '../../../storage/search-index';
import { makeEntry } from './support';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

beforeEach(async () => {
  await getDb().entries.clear();
  await getDb().listRows.clear();
  resetListState();
  const entries = [
    // Links: titled by their title (a quick note is titled by its first line).
    makeEntry({ kind: 'link', title: 'Body mention', note: 'a note about <b>feedback</b> loops', createdAt: 3_000 }),
    makeEntry({ kind: 'link', title: 'Feedback in the title', createdAt: 1_000 }),
    makeEntry({ kind: 'link', title: 'Unrelated', note: 'nothing', createdAt: 2_000 }),
  ];
  await getDb().entries.bulkAdd(entries);
  await reindexEntries(entries.map((entry) => entry.id));
});
afterEach(cleanup);

const titles = () => [...document.querySelectorAll('.entry-title')].map((heading) => heading.textContent);

describe('searching the list', () => {
  it('ranks as you type, marks the matches as text, links with the query and announces the count', async () => {
    render(<EntryList />);
    await screen.findByRole('link', { name: 'Unrelated' });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search entries' }), { target: { value: 'feedb' } });
    await waitFor(() => expect(titles()).toEqual(['Feedback in the title', 'Body mention']));
    expect(document.querySelector('.list-count')?.textContent).toBe('2 results for “feedb”');
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Feedback', 'feedback']);
    expect(document.querySelector('.snippet b')).toBeNull();
    expect(screen.getByRole('link', { name: 'Feedback in the title' }).getAttribute('href')).toMatch(/^#\/entry\/.+\?q=feedb$/);
  });

  it('says while searching that entries are still being indexed, and how many', async () => {
    // As an interrupted import leaves them: rows listed, their words not in the index yet.
    const rows = await getDb().listRows.toArray();
    await getDb().listRows.bulkPut(rows.slice(0, 2).map((row) => ({ ...row, unindexed: 1 as const })));
    render(<EntryList />);
    await screen.findByRole('link', { name: 'Unrelated' });
    expect(document.querySelector('.indexing-notice')).toBeNull();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search entries' }), { target: { value: 'feedb' } });
    await waitFor(() =>
      expect(document.querySelector('.indexing-notice')?.textContent).toBe(
        'Indexing for search: 2 entries still to go. Results may be missing until it finishes.',
      ),
    );
  });

  it('keys: / focuses search, j and k move between entries, Esc clears the search', async () => {
    render(<EntryList />);
    await screen.findByRole('link', { name: 'Unrelated' });
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByRole('searchbox');
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'nothing ' } });
    await waitFor(() => expect(titles()).toEqual(['Unrelated']));
    fireEvent.keyDown(search, { key: 'Escape' });
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect((search as HTMLInputElement).value).toBe('');
    search.blur();
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Body mention'));
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Unrelated'));
    fireEvent.keyDown(document.body, { key: 'k' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Body mention'));
  });
});
