// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/journal/App';
import { getDb } from '../../../storage/db';
import type { Entry } from '../../../storage/schemas';
import { reindexEntries } from '../../../storage/search-index';
import { makeEntry } from './support';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

const HOSTILE = `<p>Readable words</p><script>window.pwned = 1</script>
  <img src="https://tracker.example/pixel.png" onerror="window.pwned = 2"><a href="javascript:alert(1)">bad link</a>`;

function articleEntry(): Entry {
  return makeEntry({
    kind: 'article',
    title: 'A clipped article',
    url: 'https://example.com/post',
    note: 'first thoughts',
    tags: ['old'],
    article: {
      html: HOSTILE,
      markdown: '',
      text: 'Readable words',
      byline: 'Ada Lovelace',
      siteName: 'Example Site',
      publishedTime: 'last spring',
      lang: 'fr',
      dir: 'rtl',
      excerpt: '',
      wordCount: 2,
      readingMinutes: 3,
    },
  });
}

let entry: Entry;
beforeEach(async () => {
  await getDb().entries.clear();
  await getDb().listRows.clear();
  entry = articleEntry();
  await getDb().entries.add(entry);
  // The list's own repair pass waits seconds after the first rows: index as an import would.
  await reindexEntries([entry.id]);
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

async function openReader(suffix = '') {
  location.hash = `#/entry/${entry.id}${suffix}`;
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'A clipped article' });
}

describe('journal reader', () => {
  // happy-dom is a DOM DOMPurify cannot work in (it would return its input), so this also checks
  // that the reader then shows plain text; real Chromium renders the sanitized HTML (tests/e2e).
  it('shows the source facts and the article, never raw HTML, in its own direction and language', async () => {
    await openReader();
    const text = document.body.textContent ?? '';
    for (const fact of ['By Ada Lovelace', 'Example Site', 'Published last spring', '3 min read']) expect(text).toContain(fact);
    const body = document.querySelector('.reading') as HTMLElement;
    expect(body.textContent).toContain('Readable words');
    expect(document.querySelector('main script, main [onerror], main a[href^="javascript"]')).toBeNull();
    expect(body.getAttribute('dir')).toBe('rtl');
    expect(body.getAttribute('lang')).toBe('fr');
    const source = screen.getByRole('link', { name: 'https://example.com/post' });
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a non-web source address as text, not a link', async () => {
    await getDb().entries.put({ ...entry, url: 'javascript:alert(1)' });
    await openReader();
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(document.querySelector('.source-text')?.textContent).toBe('javascript:alert(1)');
  });

  it('focuses the note editor when opened with ?edit=1, and saves note and tags', async () => {
    await openReader('?edit=1');
    const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(note.value).toBe('first thoughts');
    fireEvent.input(note, { target: { value: 'applied it today' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'new, ideas, new' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note and tags' }));
    await screen.findByText('Saved.');
    const stored = await getDb().entries.get(entry.id);
    expect(stored?.note).toBe('applied it today');
    expect(stored?.tags).toEqual(['new', 'ideas']);
  });

  it('deletes, announces it with Undo focused, and Undo restores the exact entry', async () => {
    await openReader();
    fireEvent.click(screen.getByRole('button', { name: 'Delete entry' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Deleted “A clipped article”.'));
    expect(await getDb().entries.get(entry.id)).toBeUndefined();
    await screen.findByRole('heading', { level: 1, name: 'Your journal' });
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByRole('link', { name: 'A clipped article' });
    expect(await getDb().entries.get(entry.id)).toEqual(entry);
    expect(screen.getByRole('status').textContent).toContain('Restored “A clipped article”.');
  });

  it('closes with Escape, but not while typing in the note', async () => {
    await openReader();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Escape' });
    expect(location.hash).toBe(`#/entry/${entry.id}`);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await screen.findByRole('heading', { level: 1, name: 'Your journal' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('A clipped article'));
  });

  it('says so when the entry does not exist', async () => {
    location.hash = '#/entry/nope';
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This entry is not in your journal.' })).toBeTruthy();
  });
});
