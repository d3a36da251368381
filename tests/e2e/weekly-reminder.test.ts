/**
 * The optional end-of-week reminder: off by default; turned on in the settings it
 * schedules an alarm, its notification (fired through the e2e hook rather than waiting for
 * Friday) opens the weekly report, and turning it off removes the alarm.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';

const ALARM = 'reminder:weekly-report';

interface Hooks {
  fireAlarm: (name: string) => Promise<void>;
  clickNotification: (id: string) => Promise<boolean>;
}

let session: ExtensionSession;
let journal: Page;

beforeAll(async () => {
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/settings'));
});

afterAll(async () => {
  await session?.close();
});

async function setWeeklyReminder(enabled: boolean): Promise<void> {
  await journal.evaluate(async (isEnabled) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, weeklyReminder: { enabled: isEnabled, day: 5, time: '16:00' } } });
  }, enabled);
}

const alarmTime = async () =>
  (await session.serviceWorker()).evaluate(async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? 0, ALARM);
const notificationIds = async () => Object.keys(await (await session.serviceWorker()).evaluate(() => chrome.notifications.getAll()));

describe('weekly report reminder', () => {
  it('is off by default', async () => {
    expect(await alarmTime()).toBe(0);
  });

  it('when turned on, schedules a Friday alarm whose notification opens the weekly report', async () => {
    await setWeeklyReminder(true);
    await expect.poll(alarmTime).toBeGreaterThan(Date.now());
    const scheduled = new Date(await alarmTime());
    expect(scheduled.getDay()).toBe(5);
    expect([scheduled.getHours(), scheduled.getMinutes()]).toEqual([16, 0]);

    const worker = await session.serviceWorker();
    await worker.evaluate((name) => (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.fireAlarm(name), ALARM);
    expect(await notificationIds()).toContain(ALARM);

    const opened = session.context.waitForEvent('page');
    expect(
      await worker.evaluate((id) => (globalThis as unknown as { commonplaceTest: Hooks }).commonplaceTest.clickNotification(id), ALARM),
    ).toBe(true);
    const report = await opened;
    await report.waitForURL(/report\.html/);
    await report.getByRole('heading', { level: 1 }).waitFor();
    expect(await notificationIds()).not.toContain(ALARM);
    await report.close();
  });

  it('when turned off, removes the alarm', async () => {
    await setWeeklyReminder(false);
    await expect.poll(alarmTime).toBe(0);
  });
});
