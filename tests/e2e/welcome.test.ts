/**
 * First run: installing the extension opens the welcome page; it shows the shortcuts the browser
 * bound, the starter framework, and saves a name and a weekly goal; Settings opens it again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';

const WAIT = { timeout: 20_000 };

let session: ExtensionSession;
let welcome: Page;

beforeAll(async () => {
  session = await launchExtension({ keepWelcome: true });
  // Opened by the background on install, not by the test.
  const isWelcome = (page: Page) => page.url().endsWith('/journal.html#/welcome');
  welcome = session.context.pages().find(isWelcome) ?? (await session.context.waitForEvent('page', { predicate: isWelcome, ...WAIT }));
  await welcome.getByRole('heading', { level: 1, name: 'Welcome to Commonplace' }).waitFor(WAIT);
});

afterAll(async () => {
  await session?.close();
});

it('opens on install with the shortcuts as bound and the starter framework', async () => {
  const shortcuts = welcome.getByTestId('shortcut-list');
  await expect.poll(() => shortcuts.textContent(), WAIT).toContain('Alt+Shift+Y');
  expect(await welcome.getByText(/You start with 12 common ones/).count()).toBe(1);
  expect(await welcome.getByRole('list', { name: 'Starter competencies' }).getByRole('listitem').count()).toBe(7);
  expect(await welcome.title()).toBe('Welcome – Commonplace');
});

it('saves the name and the weekly goal, then opens the journal', async () => {
  await welcome.getByLabel('Display name').fill('Alex Learner');
  await welcome.getByRole('radio', { name: '60 minutes' }).check();
  await welcome.getByRole('button', { name: 'Save and open the journal' }).click();
  await expect.poll(() => welcome.url(), WAIT).toMatch(/journal\.html#\/$/);
  const settings = await welcome.evaluate(() => chrome.storage.local.get('settings'));
  expect(settings.settings).toMatchObject({ displayName: 'Alex Learner', weeklyGoalMinutes: 60 });
});

it('is reachable again from Settings, and can be skipped', async () => {
  await welcome.goto(session.url('journal.html#/settings'));
  await welcome.getByRole('link', { name: 'Show the welcome page again' }).click();
  await welcome.getByRole('heading', { level: 1, name: 'Welcome to Commonplace' }).waitFor(WAIT);
  // The saved choices show again.
  expect(await welcome.getByLabel('Display name').inputValue()).toBe('Alex Learner');
  expect(await welcome.getByRole('radio', { name: '60 minutes' }).isChecked()).toBe(true);
  await welcome.getByRole('link', { name: 'Skip for now' }).click();
  await expect.poll(() => welcome.url(), WAIT).toMatch(/journal\.html#\/$/);
});
