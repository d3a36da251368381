/**
 * The learner's side of sharing in real Chromium (e2e build): choose and preview a share bundle
 * in #/share, save it as a file and check what it holds (no private note and no article text
 * unless included); import the manager's feedback file and see it beside the entry and on its
 * list row; a feedback file for someone else is refused and changes nothing; axe light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageDayKey, putRecords } from '../bench/summary-seed';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { type FixtureServer, serve } from '../support/server';

const DAY = 86_400_000;
const TITLE = 'Writing memos people read';
const BODY_MARKER = 'Bodymarker';
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
  <p>Put the decision first, then the reasons, and cut every sentence that does not help the reader act.</p>
  ${Array.from({ length: 8 }, () => `<p>${BODY_MARKER}: a memo is read on a phone between meetings, so the first line has to carry the ask.</p>`).join('\n')}
  </article></body></html>`;
const PRIVATE_NOTE = 'Privatenote: my manager writes the longest memos';
const QUICK_NOTE = 'Quicknote: try a one-page memo template';
const REFLECTION_ID = '7e7e7e7e-7e7e-4e7e-8e7e-7e7e7e7e7e7e';
const SPRINT_ID = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
const OLD_ID = '0d0d0d0d-0d0d-4d0d-8d0d-0d0d0d0d0d0d';

let session: ExtensionSession;
let site: FixtureServer;
let journal: Page;
let clipId: string;
let learnerId: string;

/** Sends a page request as our journal page does, returning the reply's value. */
async function send<T>(message: Record<string, unknown>): Promise<T> {
  const reply = await journal.evaluate((m) => chrome.runtime.sendMessage(m), message);
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: T }).value;
}

function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    table,
  );
}

async function saveShareFile(): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    journal.waitForEvent('download'),
    journal.getByRole('button', { name: 'Save share file' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

const counts = () => journal.locator('.share-counts').textContent();

beforeAll(async () => {
  site = await serve({ '/memo': PAGE });
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html'));
  const tab = await session.context.newPage();
  await tab.goto(`${site.origin}/memo`);
  const worker = await session.serviceWorker();
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, `${site.origin}/memo`);
  clipId = (await send<{ entryId: string }>({ type: 'clip', mode: 'article', tabId, force: true })).entryId;
  await tab.close();
  await send({ type: 'entry/annotate', id: clipId, note: PRIVATE_NOTE, tags: ['memos'] });
  await send({ type: 'note/create', text: QUICK_NOTE, aboutPage: false });
  const now = Date.now();
  const today = await pageDayKey(journal, now);
  const old = now - 60 * DAY;
  await putRecords(journal, {
    reflections: [
      { id: REFLECTION_ID, dayKey: today, learned: 'Decision first', didntWork: '', tryNext: 'Template', createdAt: now, updatedAt: now },
    ],
    sprints: [
      {
        id: SPRINT_ID,
        startedAt: now - 1_000_000,
        endedAt: now - 100_000,
        plannedMs: 900_000,
        elapsedMs: 900_000,
        goal: 'Memo',
        completed: true,
        dayKey: today,
      },
    ],
    entries: [
      {
        id: OLD_ID,
        kind: 'link',
        url: 'https://example.com/old',
        canonicalUrl: '',
        title: 'Oldlink',
        note: '',
        tags: [],
        competencyIds: [],
        takeaway: '',
        applyPlan: '',
        createdAt: old,
        updatedAt: old,
        dayKey: await pageDayKey(journal, old),
      },
    ],
  });
});

/** The learner id in extension storage (created the first time a bundle is saved). */
async function readLearnerId(): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async () => (await chrome.storage.local.get('learnerId')).learnerId as string);
}

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('share with a manager', () => {
  it('previews the last 30 days: the clip without its private note or text, no quick notes until chosen', async () => {
    await journal.goto(session.url('journal.html#/share'));
    await expect.poll(counts).toBe('Clips: 1. Quick notes: 0. Reflections: 1. Sprints: 1.');
    const clip = journal.locator(`[data-share-id="${clipId}"]`);
    await expect.poll(() => clip.textContent()).toContain('Not shared: your private note, article text');
    expect(await journal.getByText('Oldlink').count()).toBe(0);
    await journal.getByLabel('Quick notes (their full text is shared)').check();
    await expect.poll(counts).toBe('Clips: 1. Quick notes: 1. Reflections: 1. Sprints: 1.');
    // Titled by its first line, as in the list and the team view.
    expect(await journal.locator('.share-item-label', { hasText: QUICK_NOTE }).count()).toBe(1);
    await journal.locator(`[data-share-id="${SPRINT_ID}"] input[type=checkbox]`).uncheck();
    await expect.poll(counts).toBe('Clips: 1. Quick notes: 1. Reflections: 1. Sprints: 0. 1 left out by you.');
  });

  it('asks for a name, then saves exactly the preview: no private note, no article text', async () => {
    await journal.getByRole('button', { name: 'Save share file' }).click();
    await expect.poll(() => journal.getByRole('alert').filter({ hasText: 'Add your name first' }).count()).toBe(1);
    await journal.getByLabel('Your name, as your manager will see it').fill('Ada Lovelace');
    await journal.getByRole('button', { name: 'Use this name' }).click();
    await expect.poll(() => journal.getByText('Shared as Ada Lovelace.').count()).toBe(1);

    const file = await saveShareFile();
    expect(file.name).toMatch(/^ada-lovelace-\d{4}-\d{2}-\d{2}\.commonplace-share\.json$/);
    const bundle = JSON.parse(file.text);
    learnerId = await readLearnerId();
    expect(learnerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bundle).toMatchObject({ kind: 'commonplace-share', schemaVersion: 1, learner: { id: learnerId, displayName: 'Ada Lovelace' } });
    expect(bundle.entries.map((entry: { kind: string }) => entry.kind).sort()).toEqual(['article', 'note']);
    expect(bundle.entries.find((entry: { id: string }) => entry.id === clipId)).toMatchObject({
      tags: ['memos'],
      url: `${site.origin}/memo`,
      excerpt: expect.stringContaining('Put the decision first'),
    });
    expect(bundle.entries.find((entry: { kind: string }) => entry.kind === 'note')).toMatchObject({ note: QUICK_NOTE, title: QUICK_NOTE });
    expect(bundle.sprints).toEqual([]);
    expect(bundle.reflections.map((reflection: { id: string }) => reflection.id)).toEqual([REFLECTION_ID]);
    expect(file.text).not.toContain('Privatenote');
    expect(file.text).not.toContain(BODY_MARKER);
    expect(file.text).not.toContain('bodyHtml');
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'with 3 items' }).count()).toBe(1);
  });

  it('includes the private note and the article text only when asked', async () => {
    await journal.getByLabel('Include my private notes on clips').check();
    await journal.getByLabel('Include article text').check();
    await expect.poll(() => journal.locator(`[data-share-id="${clipId}"]`).textContent()).toContain('your private note');
    const bundle = JSON.parse((await saveShareFile()).text);
    const clip = bundle.entries.find((entry: { id: string }) => entry.id === clipId);
    expect(clip.note).toBe(PRIVATE_NOTE);
    expect(clip.bodyHtml).toContain(BODY_MARKER);
  });

  it.each(['light', 'dark'] as const)('#/share has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
    if (process.env.SHARE_SCREENSHOTS)
      await journal.screenshot({ path: `${process.env.SHARE_SCREENSHOTS}/share-${colorScheme}.png`, fullPage: true });
  });
});

function feedbackFile(forLearner: string, comments: Record<string, unknown>[]) {
  const now = Date.now();
  return Buffer.from(
    JSON.stringify({
      kind: 'commonplace-feedback',
      schemaVersion: 1,
      createdAt: now,
      learnerId: forLearner,
      manager: { displayName: 'Grace' },
      bundleCreatedAt: now - 1_000,
      period: { from: '', to: '' },
      comments: comments.map((comment) => ({ createdAt: now, updatedAt: now, ...comment })),
    }),
  );
}

describe("the manager's feedback", () => {
  const ENTRY_COMMENT = '11111111-1111-4111-8111-111111111111';

  it('imports a feedback file for this learner and lists it, as text', async () => {
    await journal.goto(session.url('journal.html#/share'));
    const file = feedbackFile(learnerId, [
      { id: ENTRY_COMMENT, target: { type: 'entry', id: clipId }, text: 'Great memo. <img src=x onerror="document.title=1">' },
      { id: '22222222-2222-4222-8222-222222222222', target: { type: 'period' }, text: 'A strong month.' },
      { id: '33333333-3333-4333-8333-333333333333', target: { type: 'reflection', id: REFLECTION_ID }, text: 'Keep the template.' },
    ]);
    await journal
      .getByLabel('Import feedback file')
      .setInputFiles({ name: 'f.commonplace-feedback.json', mimeType: 'application/json', buffer: file });
    await expect
      .poll(() => journal.getByRole('status').filter({ hasText: 'Imported feedback from Grace: 3 new, 0 updated.' }).count())
      .toBe(1);
    await expect.poll(() => journal.locator('.feedback-text').allTextContents()).toHaveLength(3);
    expect(await journal.locator('.feedback-list').textContent()).toContain('On what you shared');
    expect(await journal.locator('.feedback-list img').count()).toBe(0);
    expect(await journal.getByText('Great memo. <img src=x onerror="document.title=1">').count()).toBe(1);
  });

  it('shows the feedback beside the entry and marks its list row', async () => {
    await journal.goto(session.url(`journal.html#/entry/${clipId}`));
    const panel = journal.getByRole('region', { name: 'Feedback from your manager' });
    await expect.poll(() => panel.textContent()).toContain('Great memo.');
    expect(await panel.textContent()).toContain('From Grace');
    await journal.goto(session.url('journal.html#/'));
    await expect.poll(() => journal.locator(`.entry-row[data-id="${clipId}"] .feedback-mark`).count()).toBe(1);
    expect(await journal.locator('.feedback-mark').count()).toBe(1);
  });

  it("refuses feedback for someone else's journal and changes nothing", async () => {
    await journal.goto(session.url('journal.html#/share'));
    const before = { feedback: await countRows(journal, 'feedback'), entries: await countRows(journal, 'entries') };
    const file = feedbackFile('99999999-9999-4999-8999-999999999999', [
      { id: ENTRY_COMMENT, target: { type: 'entry', id: clipId }, text: 'Overwritten?' },
      { id: '44444444-4444-4444-8444-444444444444', target: { type: 'period' }, text: 'Not for you' },
    ]);
    await journal.getByLabel('Import feedback file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: file });
    await expect.poll(() => journal.getByRole('alert').filter({ hasText: "for someone else's journal" }).count()).toBe(1);
    expect({ feedback: await countRows(journal, 'feedback'), entries: await countRows(journal, 'entries') }).toEqual(before);
    expect(await journal.getByText('Overwritten?').count()).toBe(0);
  });
});
