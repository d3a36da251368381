/** The sprint panel in the popup (opened as a page): start, pause, extend, resume, stop, reflect. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Competency, Reflection, Sprint } from '../../storage/schemas';
import { type ExtensionSession, launchExtension } from '../support/chromium';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

it('runs a sprint from the popup and saves the one-minute reflection', async () => {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  const panel = popup.getByRole('region', { name: 'Learning sprint' });

  await panel.getByLabel('Minutes (5–120)').fill('5');
  await panel.getByText('Goal and competency').click();
  await panel.getByLabel('Goal (optional)').fill('Read the CRDT paper');
  // The starter framework seeded on install: the select offers it, "None" first.
  const competency = panel.getByLabel('Competency (optional)');
  await expect.poll(() => competency.locator('option').count()).toBeGreaterThan(1);
  expect(await competency.inputValue()).toBe('');
  await competency.selectOption({ label: 'Presenting' });
  await panel.getByRole('button', { name: 'Start sprint' }).click();

  const timer = panel.getByRole('timer');
  await expect.poll(() => timer.textContent()).toMatch(/^[45]:\d\d$/);
  await expect.poll(() => panel.getByRole('progressbar', { name: 'Sprint progress' }).count()).toBe(1);
  await expect.poll(() => panel.getByText('Goal: Read the CRDT paper').count()).toBe(1);
  await expect.poll(() => panel.getByText('Competency: Presenting').count()).toBe(1);
  const worker = await session.serviceWorker();
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('5m');

  await panel.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => panel.getByText('Paused').count()).toBe(1);
  const pausedAt = await timer.textContent();
  await panel.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect.poll(() => timer.textContent()).not.toBe(pausedAt);
  expect(await timer.textContent()).toMatch(/^(9|10):\d\d$/);

  await panel.getByRole('button', { name: 'Resume' }).click();
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => panel.getByText(/Sprint stopped after \d+ min/).count()).toBe(1);

  await panel.getByLabel('What I learned').fill('State-based CRDTs merge by join');
  await panel.getByLabel('What I will try next').press('Tab');
  await panel.getByRole('button', { name: 'Save reflection' }).click();
  await expect.poll(() => panel.getByRole('button', { name: 'Start sprint' }).count()).toBe(1);

  const readAll = <T>(store: string) =>
    popup.evaluate(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('commonplace');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
            all.onsuccess = () => resolve(all.result as unknown[]);
            all.onerror = () => reject(all.error);
          };
        }),
      store,
    ) as Promise<T[]>;
  const reflections = await readAll<Reflection>('reflections');
  const presenting = (await readAll<Competency>('competencies')).find((item) => item.name === 'Presenting');
  expect(presenting).toBeDefined();
  expect(await readAll<Sprint>('sprints')).toEqual([
    expect.objectContaining({ competencyId: presenting?.id, goal: 'Read the CRDT paper' }),
  ]);
  expect(reflections).toEqual([
    expect.objectContaining({ learned: 'State-based CRDTs merge by join', sprintId: expect.any(String), competencyId: presenting?.id }),
  ]);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
});
