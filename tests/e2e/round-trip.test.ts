/**
 * The sharing round trip across two browser profiles (e2e build): the learner saves a share
 * file from #/share; the manager's own profile imports it in #/team, sees the rollups, comments
 * and exports a feedback file; the learner imports that and finds the comment beside the entry.
 * Nothing is seeded in the manager's profile: all it knows comes through the two files.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageDayKey, putRecords } from '../bench/summary-seed';
import { type ExtensionSession, launchExtension } from '../support/chromium';

const NOTE = 'Roundtrip: ask one question before giving advice';
const SPRINT_ID = '5b5b5b5b-5b5b-4b5b-8b5b-5b5b5b5b5b5b';
const COMMENT = 'Try it in Thursday’s 1:1 and tell me how it went';

let learner: ExtensionSession;
let manager: ExtensionSession;
let learnerPage: Page;
let managerPage: Page;
let noteId: string;

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

beforeAll(async () => {
  [learner, manager] = await Promise.all([launchExtension(), launchExtension()]);
  learnerPage = await learner.context.newPage();
  await learnerPage.goto(learner.url('journal.html#/share'));
  const reply = await learnerPage.evaluate((text) => chrome.runtime.sendMessage({ type: 'note/create', text, aboutPage: false }), NOTE);
  noteId = (reply as { value: { entryId: string } }).value.entryId;
  const now = Date.now();
  await putRecords(learnerPage, {
    sprints: [
      {
        id: SPRINT_ID,
        startedAt: now - 1_000_000,
        endedAt: now - 100_000,
        plannedMs: 900_000,
        elapsedMs: 900_000,
        goal: 'Coaching questions',
        completed: true,
        dayKey: await pageDayKey(learnerPage, now - 100_000),
      },
    ],
  });
  // Written around Dexie, so the open Share page would not notice: open it afresh.
  await learnerPage.reload();
  managerPage = await manager.context.newPage();
}, 120_000);

afterAll(async () => {
  await Promise.all([learner?.close(), manager?.close()]);
});

it('learner -> manager -> learner: share file, rollups, comment, feedback file, feedback beside the entry', async () => {
  // The learner chooses quick notes (off by default) and saves the share file under their name.
  await learnerPage.getByLabel('Quick notes (their full text is shared)').check();
  await expect.poll(() => learnerPage.locator(`[data-share-id="${noteId}"]`).count()).toBe(1);
  await learnerPage.getByRole('button', { name: 'Save share file' }).click();
  await learnerPage.getByLabel('Your name, as your manager will see it').fill('Ada Lovelace');
  await learnerPage.getByRole('button', { name: 'Use this name' }).click();
  const share = await download(learnerPage, 'Save share file');
  expect(share.name).toMatch(/^ada-lovelace-\d{4}-\d{2}-\d{2}\.commonplace-share\.json$/);

  // The manager, in another profile, imports it and sees Ada's rollups, labelled self-reported.
  await managerPage.goto(manager.url('journal.html#/team'));
  await managerPage.getByLabel('Import share files').setInputFiles(share.path);
  await managerPage.getByRole('link', { name: 'Ada Lovelace' }).click();
  await managerPage.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
  expect(await managerPage.locator('[data-figure="minutes"]').textContent()).toBe('15');
  expect(await managerPage.locator('[data-figure="captures"]').textContent()).toBe('1');
  expect(await managerPage.locator('.team-person').textContent()).toMatch(/self-reported/i);
  expect(await managerPage.locator('.team-person').textContent()).toContain(NOTE);

  // They comment on the note and export the feedback file.
  const entry = managerPage.locator(`article[data-entry-id="${noteId}"]`);
  await entry.getByRole('button', { name: /Add comment/ }).click();
  await entry.getByRole('textbox').fill(COMMENT);
  await entry.getByRole('button', { name: 'Save comment' }).click();
  await expect.poll(() => entry.locator('.comment-text').allTextContents()).toEqual([COMMENT]);
  const feedback = await download(managerPage, 'Export feedback');
  expect(JSON.parse(readFileSync(feedback.path, 'utf8'))).toMatchObject({ kind: 'commonplace-feedback', comments: [{ text: COMMENT }] });

  // The learner imports it and finds the comment beside the note.
  await learnerPage.getByLabel('Import feedback file').setInputFiles(feedback.path);
  await expect.poll(() => learnerPage.getByRole('status').filter({ hasText: '1 new' }).count()).toBe(1);
  await learnerPage.goto(learner.url(`journal.html#/entry/${noteId}`));
  const panel = learnerPage.getByRole('region', { name: 'Feedback from your manager' });
  await expect.poll(() => panel.textContent()).toContain(COMMENT);
});
