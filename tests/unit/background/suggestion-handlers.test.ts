import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { suggestionHandlers } from '../../../entrypoints/background/suggestion-handlers';
import { getDb } from '../../../storage/db';
import { saveCapture } from '../../../storage/entries';

const SENDER = { id: 'x', url: 'chrome-extension://x/popup.html' };
const T0 = Date.UTC(2026, 10, 20, 10);
const MISSING = '11111111-1111-4111-8111-111111111111';

beforeEach(async () => {
  fakeBrowser.reset();
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function clipAbout(title: string, text: string) {
  const article = {
    html: `<p>${text}</p>`,
    markdown: text,
    text,
    byline: '',
    siteName: '',
    publishedTime: '',
    lang: 'en',
    dir: '' as const,
    excerpt: text,
    wordCount: 10,
    readingMinutes: 1,
  };
  return (await saveCapture({ kind: 'article', url: 'https://blog.example/post', title, article }, T0)).entry;
}

describe("'entry/suggestions'", () => {
  it('seeds the starter framework on first use and suggests from the entry text', async () => {
    const entry = await clipAbout('Giving feedback that lands', 'How to give feedback to a colleague and run a retrospective.');
    const reply = await suggestionHandlers['entry/suggestions']({ type: 'entry/suggestions', id: entry.id }, SENDER);
    expect(await getDb().competencies.count()).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of reply.suggestions) expect(suggestion.matched.length).toBeGreaterThan(0);
  });

  it('reports an entry that is gone', async () => {
    await expect(suggestionHandlers['entry/suggestions']({ type: 'entry/suggestions', id: MISSING }, SENDER)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe("'entry/add-competencies'", () => {
  it('adds an accepted suggestion to the entry once', async () => {
    const entry = await clipAbout('Giving feedback that lands', 'How to give feedback to a colleague.');
    const { suggestions } = await suggestionHandlers['entry/suggestions']({ type: 'entry/suggestions', id: entry.id }, SENDER);
    const competencyId = suggestions[0]?.competencyId ?? '';
    const request = { type: 'entry/add-competencies' as const, id: entry.id, competencyIds: [competencyId] };
    await suggestionHandlers['entry/add-competencies'](request, SENDER);
    const reply = await suggestionHandlers['entry/add-competencies'](request, SENDER);
    expect(reply.competencyIds).toEqual([competencyId]);
    expect((await getDb().entries.get(entry.id))?.competencyIds).toEqual([competencyId]);
  });

  it('reports an entry that is gone', async () => {
    const request = { type: 'entry/add-competencies' as const, id: MISSING, competencyIds: [MISSING] };
    await expect(suggestionHandlers['entry/add-competencies'](request, SENDER)).rejects.toMatchObject({ code: 'not-found' });
  });
});
