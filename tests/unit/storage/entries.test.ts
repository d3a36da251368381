import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommonplaceDb } from '../../../storage/db';
import { annotateEntry, deleteEntry, EntryNotFoundError, listNewest, restoreEntry, saveCapture } from '../../../storage/entries';
import type { ArticleContent } from '../../../storage/schemas';

const T0 = Date.UTC(2026, 10, 2, 9, 30);
const MINUTE = 60_000;

function article(text: string): ArticleContent {
  return {
    html: `<p>${text}</p>`,
    markdown: text,
    text,
    byline: 'Ada',
    siteName: 'Example',
    publishedTime: '',
    lang: 'en',
    dir: 'ltr',
    excerpt: text.slice(0, 20),
    wordCount: text.split(' ').length,
    readingMinutes: 1,
  };
}

let db: CommonplaceDb;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

beforeEach(() => {
  db = new CommonplaceDb(`entries-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveCapture', () => {
  it('creates an entry with empty learner fields, the normalized URL and the local day key', async () => {
    const { entry, status } = await saveCapture(
      { kind: 'article', url: 'https://Example.com/a?utm_source=x#part', title: 'A', article: article('first version') },
      T0,
      db,
      newId,
    );
    expect(status).toBe('created');
    expect(entry).toMatchObject({ url: 'https://example.com/a', note: '', tags: [], competencyIds: [], createdAt: T0, updatedAt: T0 });
    expect(entry.dayKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await db.entries.count()).toBe(1);
  });

  it('re-clipping the same page updates that entry and keeps notes and tags', async () => {
    const first = await saveCapture({ kind: 'article', url: 'https://example.com/a', title: 'A', article: article('old') }, T0, db, newId);
    await annotateEntry(first.entry.id, { note: 'my thoughts', tags: ['ux', 'ux ', 'research'] }, T0 + MINUTE, db);
    const again = await saveCapture(
      { kind: 'article', url: 'https://example.com/a#comments', title: 'A (revised)', article: article('new') },
      T0 + 2 * MINUTE,
      db,
      newId,
    );
    expect(again.status).toBe('updated');
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry).toMatchObject({ title: 'A (revised)', note: 'my thoughts', tags: ['ux', 'research'], createdAt: T0 });
    expect(again.entry.article?.text).toBe('new');
    expect(await db.entries.count()).toBe(1);
  });

  it('saving a link for a page already clipped as an article keeps the article', async () => {
    await saveCapture({ kind: 'article', url: 'https://example.com/a', title: 'A', article: article('body') }, T0, db, newId);
    const link = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: '' }, T0 + MINUTE, db, newId);
    expect(link.status).toBe('updated');
    expect(link.entry.kind).toBe('article');
    expect(link.entry.article?.text).toBe('body');
    expect(link.entry.title).toBe('A');
  });

  it.each([
    ['selection', 'two passages from one page are two entries'],
    ['note', 'two notes about one page are two entries'],
  ] as const)('%s: %s', async (kind, _description) => {
    await saveCapture({ kind, url: 'https://example.com/a', title: 'A', note: 'one' }, T0, db, newId);
    const second = await saveCapture({ kind, url: 'https://example.com/a', title: 'A', note: 'two' }, T0 + MINUTE, db, newId);
    expect(second.status).toBe('created');
    expect(await db.entries.count()).toBe(2);
  });

  it('a clock that moved backwards never makes updatedAt go back', async () => {
    const first = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A' }, T0, db, newId);
    const again = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A' }, T0 - 10 * MINUTE, db, newId);
    expect(again.entry.updatedAt).toBe(first.entry.updatedAt);
  });

  it('refuses a record that breaks the schema and leaves the journal unchanged', async () => {
    await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A' }, T0, db, newId);
    const before = await db.entries.toArray();
    await expect(saveCapture({ kind: 'link', url: 'https://example.com/b', title: 'x'.repeat(10_000) }, T0, db, newId)).rejects.toThrow();
    expect(await db.entries.toArray()).toEqual(before);
  });
});

describe('listing, deleting and restoring', () => {
  it('lists newest first in pages', async () => {
    for (let index = 0; index < 5; index++) {
      await saveCapture({ kind: 'note', url: '', title: `n${index}`, note: `note ${index}` }, T0 + index * MINUTE, db, newId);
    }
    const firstPage = await listNewest(2, undefined, db);
    expect(firstPage.map((entry) => entry.title)).toEqual(['n4', 'n3']);
    const secondPage = await listNewest(2, firstPage.at(-1)?.createdAt, db);
    expect(secondPage.map((entry) => entry.title)).toEqual(['n2', 'n1']);
  });

  it('restores a deleted entry exactly as it was', async () => {
    const { entry } = await saveCapture(
      { kind: 'article', url: 'https://example.com/a', title: 'A', article: article('body') },
      T0,
      db,
      newId,
    );
    const deleted = await deleteEntry(entry.id, db);
    expect(await db.entries.count()).toBe(0);
    if (!deleted) throw new Error('nothing deleted');
    await restoreEntry(deleted, db);
    expect(await db.entries.get(entry.id)).toEqual(entry);
  });

  it('annotating a missing entry is a typed error', async () => {
    await expect(annotateEntry('00000000-0000-4000-8000-999999999999', { note: '', tags: [] }, T0, db)).rejects.toBeInstanceOf(
      EntryNotFoundError,
    );
  });
});
