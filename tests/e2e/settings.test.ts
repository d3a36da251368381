import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { hooks, request } from '../support/extension';

let session: ExtensionSession;
let journal: Page;
let popup: Page;

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/settings'));
  await journal.getByRole('heading', { level: 2, name: 'General' }).waitFor();
  popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await journal.bringToFront();
});

afterAll(async () => {
  await session?.close();
});

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
const storedSettings = (page: Page) =>
  page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);

/** Counts rows in every object store of the journal's IndexedDB. */
function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

describe('settings', () => {
  it('applies the theme at once to the journal and the open popup', async () => {
    expect(await themeOf(journal)).toBeNull();
    await journal.getByLabel('Dark').check();
    await expect.poll(() => themeOf(journal)).toBe('dark');
    await expect.poll(() => themeOf(popup)).toBe('dark');
    await journal.getByLabel('Light').check();
    await expect.poll(() => themeOf(popup)).toBe('light');
    await journal.getByLabel('Same as the system').check();
    await expect.poll(() => themeOf(popup)).toBeNull();
    await journal.getByLabel('Dark').check();
    // A page opened later starts in the chosen theme.
    const again = await session.context.newPage();
    await again.goto(session.url('popup.html'));
    await expect.poll(() => themeOf(again)).toBe('dark');
    await again.close();
  });

  it('saves the display name and refuses a follow-up delay out of range', async () => {
    // Typed key by key, as a person does: a controlled field must not drop characters on re-render.
    await journal.getByLabel('Display name').pressSequentially('Sam Learner');
    await journal.getByLabel('Display name').press('Tab');
    await expect.poll(async () => (await storedSettings(journal)).displayName).toBe('Sam Learner');

    const days = journal.getByLabel('Days before an unapplied plan comes back');
    await days.fill('0');
    await days.press('Tab');
    await expect.poll(() => days.getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings(journal)).followUpDays).toBe(14);
    await days.fill('21');
    await days.press('Tab');
    await expect.poll(async () => (await storedSettings(journal)).followUpDays).toBe(21);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (theme) => {
    await journal.getByLabel(theme === 'dark' ? 'Dark' : 'Light').check();
    await expect.poll(() => themeOf(journal)).toBe(theme);
    expect(await axeViolations(journal)).toEqual([]);
  });

  it('deletes everything only after DELETE is typed, then resets the settings', async () => {
    await journal.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('commonplace');
          open.onsuccess = () => {
            const transaction = open.result.transaction('reflections', 'readwrite');
            transaction.objectStore('reflections').put({
              id: '6f1c8a3e-2f5d-4c6b-9a7e-1d2c3b4a5f60',
              dayKey: '2026-11-20',
              learned: 'kept until deleted',
              didntWork: '',
              tryNext: '',
              createdAt: 1,
              updatedAt: 1,
            });
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    expect((await tableCounts(journal)).reflections).toBe(1);
    // A sprint running (its end alarm and badge) and a snapshot on disk: all of it goes.
    await request(journal, { type: 'sprint/start', minutes: 25 });
    await hooks(session, ['snapshot']);
    const worker = await session.serviceWorker();
    const sprintAlarms = () =>
      worker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith('sprint')));
    const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
    const snapshotFiles = () =>
      journal.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const folder = await root.getDirectoryHandle('snapshots').catch(() => undefined);
        if (!folder) return 0;
        let count = 0;
        for await (const _ of (folder as unknown as { values: () => AsyncIterable<unknown> }).values()) count++;
        return count;
      });
    await expect.poll(sprintAlarms).toContain('sprint-end');
    await expect.poll(badge).toBe('25m');
    expect(await snapshotFiles()).toBeGreaterThan(0);

    await journal.getByRole('button', { name: 'Delete everything…' }).click();
    const confirm = journal.getByLabel('Type DELETE to confirm');
    await expect.poll(() => confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    const deleteNow = journal.getByRole('button', { name: 'Delete everything now' });
    await confirm.fill('delete');
    expect(await deleteNow.isDisabled()).toBe(true);
    expect(await axeViolations(journal)).toEqual([]);
    await confirm.fill('DELETE');
    await deleteNow.click();
    await expect.poll(() => journal.getByText('Everything was deleted.').count()).toBe(1);

    const counts = await tableCounts(journal);
    expect(Object.keys(counts).length).toBeGreaterThan(3);
    // The open popup asks for the sprint form's competencies at once, which seeds the starter
    // framework again, as on a fresh install: nothing of the learner's is left.
    expect(Object.entries(counts).filter(([name, count]) => count > 0 && name !== 'competencies')).toEqual([]);
    expect([0, 12]).toContain(counts.competencies);
    expect(await storedSettings(journal)).toMatchObject({ displayName: '', theme: 'system', followUpDays: 14 });
    await expect.poll(() => themeOf(journal)).toBeNull();
    await expect.poll(() => themeOf(popup)).toBeNull();
    expect(await journal.getByTestId('entry-count').innerText()).toBe('0');
    expect(await sprintAlarms()).toEqual([]);
    expect(await badge()).toBe('');
    expect(await snapshotFiles()).toBe(0);
    const left = Object.keys(await journal.evaluate(() => chrome.storage.local.get(null)));
    expect(left.filter((key) => key !== 'competencyFrameworkSeeded')).toEqual(['settings']);
  });
});
