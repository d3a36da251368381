/** The journal survives closing the browser and starting it again on the same profile. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntries, request, tabIdFor } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let site: FixtureServer;
let session: ExtensionSession | undefined;

beforeAll(async () => {
  site = await serve({ '/kept': articlePage({ title: 'Worth keeping', marker: 'Keptmarker' }) });
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

it('an entry clipped before a restart is still in the journal after it', async () => {
  const first = await launchExtension();
  session = first;
  const url = `${site.origin}/kept`;
  await openTab(first, url);
  const journal = await first.context.newPage();
  await journal.goto(first.url('journal.html'));
  const outcome = await request(journal, { type: 'clip', mode: 'article', tabId: await tabIdFor(first, url) });
  if (outcome.status === 'not-saved') throw new Error(`not saved: ${outcome.notice}`);
  await request(journal, { type: 'entry/annotate', id: outcome.entryId, note: 'Read again on Friday', tags: ['keep'] });
  const before = await readEntries(journal);
  await first.close({ keepProfile: true });

  const second = await launchExtension({ userDataDir: first.userDataDir });
  session = second;
  expect(second.extensionId).toBe(first.extensionId);
  const reopened = await second.context.newPage();
  await reopened.goto(second.url('journal.html'));
  const after = await readEntries(reopened);
  expect(after).toEqual(before);
  expect(after.find((entry) => entry.id === outcome.entryId)).toMatchObject({
    kind: 'article',
    url,
    title: 'Worth keeping',
    note: 'Read again on Friday',
    tags: ['keep'],
  });
});
