import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';

let session: ExtensionSession;
let journal: Page;

interface Hooks {
  fireAlarm: (name: string) => Promise<void>;
  clickNotification: (id: string) => Promise<boolean>;
}

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/reflections'));
  await journal.getByRole('heading', { level: 1, name: 'Reflections' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

async function setSettings(page: Page, change: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (patch) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...patch } });
  }, change);
}

describe('reflections', () => {
  it('writes a reflection and lists it under today', async () => {
    await journal.getByRole('link', { name: "Write today's reflection" }).click();
    const learned = journal.getByLabel('What I learned');
    await expect.poll(() => learned.evaluate((element) => element === document.activeElement)).toBe(true);
    await learned.fill('Small batches make review easy');
    await journal.getByLabel("What didn't work").fill('Reviewing at 6 pm');
    await journal.getByLabel("What I'll try next").fill('Review before lunch');
    await journal.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => journal.getByRole('status').filter({ hasText: 'Reflection saved.' }).count()).toBe(1);

    const today = await journal.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const day = journal.locator(`section:has(time[datetime="${today}"])`);
    await expect.poll(() => day.locator('.reflection-card').count()).toBe(1);
    expect(await day.locator('.reflection-card').innerText()).toContain('Small batches make review easy');
    expect(journal.url()).toMatch(/#\/reflections$/);
  });

  it('refuses an empty reflection with a message', async () => {
    await journal.goto(session.url('journal.html#/reflections?new=1'));
    await journal.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => journal.getByRole('alert').innerText()).toContain('Write at least one');
    await journal.getByRole('button', { name: 'Cancel' }).click();
  });

  it('edits a reflection', async () => {
    await journal.getByRole('link', { name: /^Edit/ }).first().click();
    const learned = journal.getByLabel('What I learned');
    await expect.poll(() => learned.inputValue()).toBe('Small batches make review easy');
    await learned.fill('Small batches make review quick');
    await journal.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => journal.locator('.reflection-card').first().innerText()).toContain('review quick');
    expect(await journal.locator('.reflection-card').count()).toBe(1);
  });

  it('schedules the daily reminder from the settings, and its notification opens the form', async () => {
    const worker = await session.serviceWorker();
    expect(await worker.evaluate(() => chrome.alarms.get('reminder:reflection'))).toBeFalsy();
    await setSettings(journal, { dailyReflectionReminder: { enabled: true, time: '18:00' } });
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.alarms.get('reminder:reflection'))?.scheduledTime ?? 0))
      .toBeGreaterThan(Date.now());

    await worker.evaluate(() => (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.fireAlarm('reminder:reflection'));
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toContain('reminder:reflection');

    const opened = session.context.waitForEvent('page');
    expect(
      await worker.evaluate(() =>
        (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.clickNotification('reminder:reflection'),
      ),
    ).toBe(true);
    const page = await opened;
    await page.waitForURL(/journal\.html#\/reflections\?new=1$/);
    const learned = page.getByLabel('What I learned');
    await learned.waitFor();
    await expect.poll(() => learned.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).not.toContain('reminder:reflection');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (theme) => {
    await setSettings(journal, { theme });
    await journal.goto(session.url('journal.html#/reflections'));
    await expect.poll(() => journal.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await journal.locator('.reflection-card').first().waitFor();
    expect(await axeViolations(journal)).toEqual([]);
    await journal.getByRole('link', { name: "Write today's reflection" }).click();
    await journal.getByLabel('What I learned').waitFor();
    expect(await axeViolations(journal)).toEqual([]);
  });
});
