/**
 * Every screen, light and dark: contrast measured from computed styles (tests/support/
 * contrast.ts: text at least 4.5:1, 3:1 when large; control boundaries at least 3:1), and axe
 * with no serious or critical violations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { contrastFailures } from '../support/contrast';
import { openTab, request, tabIdFor, testClip } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';
import { shareBundle, sharedEntry, sharedSprint, uuid } from '../support/team-bundles';

const WAIT = { timeout: 20_000 };
const LEARNER = uuid(1, 0);

let session: ExtensionSession;
let site: FixtureServer;
let page: Page;
let entryId: string;

beforeAll(async () => {
  site = await serve({
    '/article': articlePage({ title: 'Coaching conversations that work', marker: 'Contrastmarker', byline: 'Mary Parker Follett' }),
  });
  session = await launchExtension();
  const url = `${site.origin}/article`;
  await openTab(session, url);
  const clip = await testClip(session, { tabId: await tabIdFor(session, url), mode: 'article' });
  entryId = clip.outcome.status === 'not-saved' ? '' : clip.outcome.entryId;
  page = await session.context.newPage();
  await page.goto(session.url('journal.html'));
  await request(page, { type: 'note/create', text: 'A quick thought\nwith a second line', aboutPage: false });
  // The team view needs a share to show a person.
  await page.goto(session.url('journal.html#/team'));
  const bundle = shareBundle(LEARNER, 'Ada Lovelace', {
    entries: [sharedEntry(uuid(2, 1), '2026-03-03', { title: 'Radical candor' })],
    sprints: [sharedSprint(uuid(3, 1), '2026-03-03', 25)],
  });
  await page
    .getByLabel('Import share files')
    .setInputFiles([{ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) }]);
  await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor(WAIT);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** Each screen: its address and something that shows once it has rendered. */
const SCREENS: [name: string, path: () => string, ready: (page: Page) => Promise<unknown>][] = [
  ['popup', () => 'popup.html', (p) => p.getByTestId('week-summary').waitFor(WAIT)],
  ['journal list', () => 'journal.html', (p) => p.locator('.entry-row').first().waitFor(WAIT)],
  ['entry', () => `journal.html#/entry/${entryId}`, (p) => p.getByText('Contrastmarker').first().waitFor(WAIT)],
  ['to apply', () => 'journal.html#/to-apply', (p) => p.getByRole('heading', { level: 1 }).waitFor(WAIT)],
  ['competencies', () => 'journal.html#/competencies', (p) => p.locator('.competency-item').first().waitFor(WAIT)],
  ['reflections', () => 'journal.html#/reflections', (p) => p.getByRole('heading', { level: 1 }).waitFor(WAIT)],
  ['share', () => 'journal.html#/share', (p) => p.getByRole('heading', { level: 1 }).waitFor(WAIT)],
  ['team', () => 'journal.html#/team', (p) => p.getByRole('link', { name: 'Ada Lovelace' }).waitFor(WAIT)],
  ['team person', () => `journal.html#/team?person=${LEARNER}`, (p) => p.getByRole('heading', { name: 'Ada Lovelace' }).waitFor(WAIT)],
  ['settings', () => 'journal.html#/settings', (p) => p.getByRole('heading', { level: 1 }).waitFor(WAIT)],
  ['weekly report', () => 'report.html', (p) => p.getByTestId('report-body').waitFor(WAIT)],
  ['welcome', () => 'journal.html#/welcome', (p) => p.getByTestId('shortcut-list').waitFor(WAIT)],
];

describe.each(['light', 'dark'] as const)('contrast and axe in %s', (colorScheme) => {
  it.each(SCREENS)('%s', async (_name, path, ready) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(session.url(path()));
    await ready(page);
    expect(await contrastFailures(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
