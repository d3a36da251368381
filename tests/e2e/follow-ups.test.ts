import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';

const DAY = 86_400_000;
const NOW = Date.now();
let session: ExtensionSession;
let journal: Page;

interface Hooks {
  fireAlarm: (name: string) => Promise<void>;
  clickNotification: (id: string) => Promise<boolean>;
}

function entry(n: number, title: string, daysAgo: number, applyPlan: string, applied?: object) {
  const createdAt = NOW - daysAgo * DAY;
  return {
    id: `5e7c1a2b-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'note',
    url: '',
    canonicalUrl: '',
    title,
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan,
    ...(applied ? { applied } : {}),
    createdAt,
    updatedAt: createdAt,
    dayKey: new Date(createdAt).toISOString().slice(0, 10),
  };
}

const ENTRIES = [
  entry(1, 'Recent plan', 2, 'try it tomorrow'),
  entry(2, 'Oldest plan', 40, 'use it in the retro'),
  entry(3, 'Applied plan', 50, 'done already', { at: NOW - DAY, evidence: 'did it', link: '' }),
  entry(4, 'Middle plan', 20, 'share with the team'),
  entry(5, 'No plan', 60, ''),
];

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/to-apply'));
  // The view's query has opened the database (with its schema) once it says nothing is waiting.
  await journal.getByText('Nothing waiting').waitFor();
  await journal.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        open.onsuccess = () => {
          const transaction = open.result.transaction('entries', 'readwrite');
          for (const record of records) transaction.objectStore('entries').put(record);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    ENTRIES,
  );
  await journal.reload();
});

afterAll(async () => {
  await session?.close();
});

describe('to apply', () => {
  it('lists unapplied plans older than the delay, oldest first, with links to apply them', async () => {
    const rows = journal.locator('.follow-up-list > li');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator('h2').allInnerTexts()).toEqual(['Oldest plan', 'Middle plan']);
    expect(await journal.locator('main').getByRole('status').innerText()).toBe('2 waiting');
    const applied = rows.first().getByRole('link', { name: 'Applied? Oldest plan' });
    expect(await applied.getAttribute('href')).toBe(`#/entry/${ENTRIES[1]?.id}?edit=1`);
    await rows.first().getByRole('link', { name: 'Oldest plan', exact: true }).click();
    await journal.waitForURL(new RegExp(`#/entry/${ENTRIES[1]?.id}$`));
    await journal.goBack();
    await rows.first().waitFor();
  });

  it('follows the delay setting', async () => {
    await journal.evaluate(async () => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...current, followUpDays: 30 } });
    });
    await expect.poll(() => journal.locator('.follow-up-list > li').count()).toBe(1);
    await journal.evaluate(async () => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...current, followUpDays: 14 } });
    });
    await expect.poll(() => journal.locator('.follow-up-list > li').count()).toBe(2);
  });

  it('notifies how many are waiting, and the click opens To apply', async () => {
    const worker = await session.serviceWorker();
    expect(await worker.evaluate(async () => (await chrome.alarms.get('reminder:follow-ups'))?.scheduledTime ?? 0)).toBeGreaterThan(NOW);
    await worker.evaluate(() => (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.fireAlarm('reminder:follow-ups'));
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toContain('reminder:follow-ups');
    const opened = session.context.waitForEvent('page');
    await worker.evaluate(() =>
      (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.clickNotification('reminder:follow-ups'),
    );
    const page = await opened;
    await page.waitForURL(/journal\.html#\/to-apply$/);
    await expect.poll(() => page.locator('.follow-up-list > li').count()).toBe(2);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (theme) => {
    await journal.evaluate(async (value) => {
      const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...current, theme: value } });
    }, theme);
    await expect.poll(() => journal.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await axeViolations(journal)).toEqual([]);
  });
});
