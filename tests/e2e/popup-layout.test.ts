/**
 * The popup fits the 600 px a browser allows, at its own 360 px width, in every state: opening
 * on a new page, on a page already saved, just saved (suggestions, note and tags), writing a quick
 * note, asked about a page that is not an article, a sprint running, and a sprint just ended.
 * Nothing may scroll sideways, and the common states may not scroll at all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, tabIdFor } from '../support/extension';
import { appShellPage, articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

const POPUP_MAX_HEIGHT = 600;
const POPUP_WIDTH = 360;
const WAIT = { timeout: 20_000 };
/** Long enough to wrap: the saved title is cut to two lines. */
const LONG_TITLE = 'Coaching conversations that work: open questions, silence, and the follow-up that turns talk into practice';

let session: ExtensionSession;
let site: FixtureServer;
let popup: Page;

beforeAll(async () => {
  site = await serve({
    '/article': articlePage({ title: LONG_TITLE, marker: 'Layoutmarker', byline: 'Mary Parker Follett' }),
    '/app': appShellPage('Dashboard – Example App'),
  });
  session = await launchExtension();
  popup = await session.context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

async function openPopupOn(path: string): Promise<void> {
  const url = `${site.origin}${path}`;
  await openTab(session, url);
  await popup.goto(session.url(`popup.html?tabId=${await tabIdFor(session, url)}`));
  await popup.getByRole('button', { name: 'Clip article' }).waitFor();
}

/** The popup's content size: a browser sizes the popup to it, up to 600 px tall. */
function contentSize(): Promise<{ height: number; width: number }> {
  return popup.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
}

async function expectFits(): Promise<void> {
  const size = await contentSize();
  expect(size.width).toBeLessThanOrEqual(POPUP_WIDTH);
  expect(size.height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
}

describe('popup layout at 360 px', () => {
  it('fits on opening: capture, the sprint and this week', async () => {
    await openPopupOn('/article');
    await popup.getByTestId('week-summary').waitFor(WAIT);
    await expectFits();
  });

  it('fits just after a clip, with the saved title, suggestions and the note form', async () => {
    await popup.getByRole('button', { name: 'Clip article' }).click();
    await popup.getByRole('form', { name: 'Add a note or tags' }).waitFor(WAIT);
    await popup.getByLabel('Your note').fill('A note\nwith\nseveral\nlines');
    await popup.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(() => popup.getByText('Note and tags saved.').count(), WAIT).toBe(1);
    await expectFits();
  });

  it('fits when opened on a page that is already saved', async () => {
    await openPopupOn('/article');
    await popup.getByTestId('page-status').waitFor(WAIT);
    await popup.getByTestId('week-summary').waitFor(WAIT);
    await expectFits();
  });

  it('fits while writing a quick note', async () => {
    await popup.getByRole('button', { name: 'Note', exact: true }).click();
    await popup.getByLabel('Quick note').fill('First line\n'.repeat(3));
    await expectFits();
  });

  it('fits when it asks about a page that is not an article', async () => {
    await openPopupOn('/app');
    await popup.getByRole('button', { name: 'Clip article' }).click();
    await popup.getByRole('button', { name: 'Clip anyway' }).waitFor(WAIT);
    await expectFits();
  });

  it('fits with a sprint running, and after it ends with the reflection form', async () => {
    await openPopupOn('/article');
    const panel = popup.getByRole('region', { name: 'Learning sprint' });
    await panel.getByText('Goal and competency').click();
    await panel.getByLabel('Goal (optional)').fill('Read the whole coaching chapter and try one question');
    await panel.getByRole('button', { name: 'Start sprint' }).click();
    await panel.getByRole('timer').waitFor(WAIT);
    await expectFits();
    await panel.getByRole('button', { name: 'Stop' }).click();
    await panel.getByLabel('What I learned').waitFor(WAIT);
    await expectFits();
  });
});
