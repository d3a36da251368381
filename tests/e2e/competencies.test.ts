import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntries, tabIdFor } from '../support/extension';
import { type FixtureServer, serve } from '../support/server';

const TITLE = 'Giving feedback that lands';
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
  ${Array.from({ length: 8 }, () => '<p>Good feedback is specific and timely. A critique helps when it names what to keep and what to change next time.</p>').join('\n')}
  </article></body></html>`;

let session: ExtensionSession;
let site: FixtureServer;
let journal: Page;

beforeAll(async () => {
  site = await serve({ '/feedback': PAGE });
  session = await launchExtension();
  journal = await session.context.newPage();
  await journal.goto(session.url('journal.html#/competencies'));
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

const competencyNames = (page: Page) => page.locator('.competency-item h3').allTextContents();
const rateText = (page: Page) => page.locator('.application-rate').first().textContent();

describe('competencies', () => {
  it('seeds the starter framework once, grouped by category', async () => {
    await expect.poll(() => competencyNames(journal).then((names) => names.length)).toBe(12);
    expect(await journal.getByRole('heading', { level: 2, name: 'Communication' }).count()).toBe(1);
    await journal.reload();
    await expect.poll(() => competencyNames(journal).then((names) => names.length)).toBe(12);
  });

  it('suggests Feedback in the popup after a clip; one click adds it to the entry', async () => {
    const url = `${site.origin}/feedback`;
    const article = await openTab(session, url);
    const tabId = await tabIdFor(session, url);
    const popup = await session.context.newPage();
    await popup.goto(session.url(`popup.html?tabId=${tabId}`));
    await popup.getByRole('button', { name: 'Clip article' }).click();
    const accept = popup.getByRole('button', { name: 'Add Feedback' });
    await accept.waitFor();
    await accept.click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Added Feedback to the entry.' }).count()).toBe(1);
    const [entry] = await readEntries(journal);
    expect(entry?.competencyIds).toHaveLength(1);
    await popup.close();
    await article.close();

    await journal.goto(session.url(`journal.html#/entry/${entry?.id}`));
    await expect.poll(() => journal.locator('.competency-chip').allTextContents()).toEqual(['Feedback×']);
  });

  it('marks the entry applied with evidence, and the rate changes', async () => {
    // The journal-wide rate is on the Competencies page, not on every entry.
    const entryUrl = journal.url();
    expect(await journal.locator('.application-rate').count()).toBe(0);
    await journal.goto(session.url('journal.html#/competencies'));
    await expect.poll(() => rateText(journal)).toContain('Applied: 0 of 1 entries (0%)');
    await journal.goto(entryUrl);
    await journal.getByLabel('What I did').fill('Gave specific feedback in the design review.');
    await journal.getByLabel('Link to the result (optional)').fill('javascript:alert(1)');
    await journal.getByRole('button', { name: 'Mark applied' }).click();
    await expect.poll(() => journal.getByText('The link must start with http:// or https://.').count()).toBe(1);
    await journal.getByLabel('Link to the result (optional)').fill('https://example.com/review');
    await journal.getByRole('button', { name: 'Mark applied' }).click();
    await expect.poll(() => journal.getByText(/^Applied on /).count()).toBeGreaterThan(0);
    await journal.goto(session.url('journal.html#/competencies'));
    await expect.poll(() => rateText(journal)).toContain('Applied: 1 of 1 entries (100%)');
    await journal.goto(entryUrl);
    const [entry] = await readEntries(journal);
    expect(entry?.applied).toMatchObject({ evidence: 'Gave specific feedback in the design review.', link: 'https://example.com/review' });
  });

  it.each(['light', 'dark'] as const)('entry view has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });

  it('refuses a bad framework file with a clear message and leaves the framework unchanged', async () => {
    await journal.goto(session.url('journal.html#/competencies'));
    await expect.poll(() => competencyNames(journal).then((names) => names.length)).toBe(12);
    const before = await competencyNames(journal);
    const input = journal.getByLabel('Import framework file');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind": "commonplace-competency-framework", "schemaVersion": 9}'),
    });
    await expect.poll(() => journal.getByRole('alert').filter({ hasText: 'Update Commonplace' }).count()).toBe(1);
    await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": {"x": 1}}') });
    await expect.poll(() => journal.getByRole('alert').filter({ hasText: 'forbidden key' }).count()).toBe(1);
    expect(await competencyNames(journal)).toEqual(before);
  });

  it.each(['light', 'dark'] as const)('competencies page has no serious or critical axe violations (%s)', async (colorScheme) => {
    await journal.emulateMedia({ colorScheme });
    expect(await axeViolations(journal)).toEqual([]);
  });
});
