/**
 * The journal list is dense enough to scan: at least 8 entries on a 900 px tall window, each row
 * with its kind in a word, its title, site, date and time.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { request } from '../support/extension';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

it('shows at least 8 entries on a 1280×900 window, each with kind, title and time', async () => {
  const journal = await session.context.newPage();
  await journal.setViewportSize({ width: 1280, height: 900 });
  await journal.goto(session.url('journal.html'));
  for (let index = 1; index <= 20; index++) {
    await request(journal, { type: 'note/create', text: `Thought number ${index}\nwith a line after it`, aboutPage: false });
  }
  await journal.reload();
  await journal.getByText('Thought number 20', { exact: true }).waitFor({ timeout: 20_000 });
  const fullyVisible = await journal.locator('.entry-row').evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }).length,
  );
  expect(fullyVisible).toBeGreaterThanOrEqual(8);
  const first = journal.locator('.entry-row').first();
  expect(await first.locator('.kind').textContent()).toBe('Note');
  // A note is titled by its first line; the rest is its snippet.
  expect(await first.locator('.entry-title').textContent()).toBe('Thought number 20');
  expect(await first.locator('.snippet').textContent()).toBe('with a line after it');
  expect(await first.locator('time').textContent()).toMatch(/\d{1,2}:\d{2}/);
});
