/**
 * Edits never lose each other, in the built extension: the popup's form after a re-clip starts
 * from the stored note and tags, and two journal tabs on one entry each write only what they
 * changed, with a clear refusal when both changed the same field.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntries, request, tabIdFor } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

const WAIT = { timeout: 30_000 };
let site: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  site = await serve((incoming) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname.slice(1);
    return { body: articlePage({ title: `Edits ${path}`, marker: `Marker${path}` }) };
  });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

async function popupOn(url: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.url(`popup.html?tabId=${await tabIdFor(session, url)}`));
  return popup;
}

it('after a re-clip, the popup form shows the note and tags, and adding to them keeps both', async () => {
  const url = `${site.origin}/reclip`;
  await openTab(session, url);
  const first = await popupOn(url);
  await first.getByRole('button', { name: 'Clip article' }).click();
  const form = first.getByRole('form', { name: 'Add a note or tags' });
  await form.getByLabel('Your note').fill('First thought');
  await form.getByLabel('Tags', { exact: true }).fill('keep');
  await form.getByRole('button', { name: 'Save note and tags' }).click();
  await expect.poll(() => form.getByRole('status').textContent(), WAIT).toBe('Note and tags saved.');
  await first.close();

  const again = await popupOn(url);
  await again.getByRole('button', { name: 'Clip article' }).click();
  const reopened = again.getByRole('form', { name: 'Add a note or tags' });
  await expect.poll(() => reopened.getByLabel('Your note').inputValue(), WAIT).toBe('First thought');
  expect(await reopened.getByLabel('Tags', { exact: true }).inputValue()).toBe('keep');
  await reopened.getByLabel('Your note').fill('First thought\nSecond thought');
  await reopened.getByRole('button', { name: 'Save note and tags' }).click();
  await expect.poll(() => reopened.getByRole('status').textContent(), WAIT).toBe('Note and tags saved.');
  const [entry] = (await readEntries(again)).filter((item) => item.url === url);
  expect(entry).toMatchObject({ note: 'First thought\nSecond thought', tags: ['keep'] });
  await again.close();
});

it('two journal tabs: the one behind saves only its own change, and a clash is refused, not overwritten', async () => {
  const url = `${site.origin}/tabs`;
  await openTab(session, url);
  const helper = await session.context.newPage();
  await helper.goto(session.url('journal.html'));
  const outcome = await request(helper, { type: 'clip', mode: 'article', tabId: await tabIdFor(session, url) });
  if (outcome.status === 'not-saved') throw new Error('not saved');
  const entryUrl = session.url(`journal.html#/entry/${outcome.entryId}?edit=1`);
  const [tabA, tabB] = [await session.context.newPage(), await session.context.newPage()];
  for (const tab of [tabA, tabB]) {
    await tab.goto(entryUrl);
    await tab.getByLabel('Note', { exact: true }).waitFor(WAIT);
  }

  await tabB.getByLabel('Note', { exact: true }).fill('Note from tab B');
  await tabB.getByRole('button', { name: 'Save note and tags' }).click();
  await expect.poll(() => tabB.getByRole('status').filter({ hasText: 'Saved.' }).count(), WAIT).toBe(1);

  // Tab A still shows the old (empty) note; it changes only the takeaway.
  await tabA.getByLabel('Key takeaway').fill('Takeaway from tab A');
  await tabA.getByRole('button', { name: 'Save note and tags' }).click();
  await expect.poll(() => tabA.getByRole('status').filter({ hasText: 'Saved.' }).count(), WAIT).toBe(1);
  let [stored] = (await readEntries(helper)).filter((item) => item.id === outcome.entryId);
  expect(stored).toMatchObject({ note: 'Note from tab B', takeaway: 'Takeaway from tab A' });

  // Having saved, tab A shows the note tab B wrote. B changes it again; then A, behind again,
  // edits the same note: refused, and B's newer note stays.
  expect(await tabA.getByLabel('Note', { exact: true }).inputValue()).toBe('Note from tab B');
  await tabB.getByLabel('Note', { exact: true }).fill('Newer note from tab B');
  await tabB.getByRole('button', { name: 'Save note and tags' }).click();
  await expect
    .poll(async () => (await readEntries(helper)).find((item) => item.id === outcome.entryId)?.note, WAIT)
    .toBe('Newer note from tab B');
  await tabA.getByLabel('Note', { exact: true }).fill('Note from tab A');
  await tabA.getByRole('button', { name: 'Save note and tags' }).click();
  await expect.poll(() => tabA.getByRole('status').filter({ hasText: 'changed elsewhere since you opened it' }).count(), WAIT).toBe(1);
  [stored] = (await readEntries(helper)).filter((item) => item.id === outcome.entryId);
  expect(stored).toMatchObject({ note: 'Newer note from tab B', takeaway: 'Takeaway from tab A' });
});

it('Undo after the page was clipped again keeps one entry for the page, with the note', async () => {
  const url = `${site.origin}/undo`;
  await openTab(session, url);
  const journal = await session.context.newPage();
  await journal.goto(session.url('journal.html'));
  const clip = async () => {
    const outcome = await request(journal, { type: 'clip', mode: 'article', tabId: await tabIdFor(session, url) });
    if (outcome.status === 'not-saved') throw new Error('not saved');
    return outcome.entryId;
  };
  const firstId = await clip();
  await request(journal, { type: 'entry/annotate', id: firstId, note: 'Worth keeping', tags: ['keep'] });
  await journal.goto(session.url(`journal.html#/entry/${firstId}`));
  await journal.getByRole('button', { name: 'Delete entry' }).click();
  const undo = journal.getByRole('button', { name: 'Undo' });
  await undo.waitFor(WAIT);
  // The page is clipped again (another tab, a shortcut) while Undo is still offered.
  expect(await clip()).not.toBe(firstId);
  await undo.click();
  await expect
    .poll(
      async () => (await readEntries(journal)).filter((entry) => entry.url === url).map((entry) => [entry.id, entry.note, entry.tags]),
      WAIT,
    )
    .toEqual([[firstId, 'Worth keeping', ['keep']]]);
});

it('deleting an entry in one tab while another is typing into it keeps the words, as a new note', async () => {
  const url = `${site.origin}/rescue`;
  await openTab(session, url);
  const helper = await session.context.newPage();
  await helper.goto(session.url('journal.html'));
  const outcome = await request(helper, { type: 'clip', mode: 'article', tabId: await tabIdFor(session, url) });
  if (outcome.status === 'not-saved') throw new Error('not saved');
  const entryUrl = session.url(`journal.html#/entry/${outcome.entryId}`);
  const [writing, deleting] = [await session.context.newPage(), await session.context.newPage()];
  for (const tab of [writing, deleting]) {
    await tab.goto(entryUrl);
    await tab.getByLabel('Note', { exact: true }).waitFor(WAIT);
  }
  await writing.getByLabel('Note', { exact: true }).fill('Half a thought I do not want to lose');
  await writing.getByLabel('Key takeaway').fill('Ask one open question');
  await deleting.getByRole('button', { name: 'Delete entry' }).click();

  const rescue = writing.getByRole('alert').filter({ hasText: 'This entry was deleted while you were writing' });
  await rescue.waitFor(WAIT);
  const words = await writing.getByLabel('Your unsaved words').inputValue();
  expect(words).toContain('Half a thought I do not want to lose');
  expect(words).toContain('Key takeaway: Ask one open question');
  await writing.getByRole('button', { name: 'Keep as a new note' }).click();
  await expect.poll(() => writing.url(), WAIT).not.toContain(outcome.entryId);
  const notes = (await readEntries(helper)).filter((item) => item.kind === 'note' && item.url === url);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ title: 'Half a thought I do not want to lose' });
  expect(notes[0]?.note).toContain('Key takeaway: Ask one open question');
});

it('a retry of the same action, even after the worker stopped, answers with the first reply and saves once', async () => {
  const page = await session.context.newPage();
  await page.goto(session.url('journal.html'));
  const message = {
    type: 'note/create',
    text: 'Saved once, whatever happens',
    aboutPage: false,
    requestId: '33333333-3333-4333-8333-333333333333',
  };
  const send = () => page.evaluate((body) => chrome.runtime.sendMessage(body), message);
  const first = await send();
  // As Chrome stops an idle worker; the page's retry then wakes a new one.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const retry = await send();
  expect(first).toMatchObject({ ok: true, value: { status: 'created' } });
  expect(retry).toEqual(first);
  expect((await readEntries(page)).filter((item) => item.note === 'Saved once, whatever happens')).toHaveLength(1);
});
