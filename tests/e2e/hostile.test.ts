/**
 * A hostile article (scripts, on* handlers, javascript: links, remote images, srcset, CSS url(),
 * stylesheets, frames) is clipped with the e2e build and its stored HTML rendered in one of our
 * pages under the extension CSP: nothing runs and nothing reaches the "remote" server.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../storage/schemas';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { openTab, readEntry, request, tabIdFor } from '../support/extension';
import { articlePage } from '../support/pages';
import { type FixtureServer, serve } from '../support/server';

let session: ExtensionSession;
let site: FixtureServer;
let remote: FixtureServer;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** Every trick that would load or run something if it survived clipping or rendering. */
function hostileArticle(r: string): string {
  const beacon = (from: string) => `fetch('${r}/beacon?from=${from}')`;
  return articlePage({
    title: 'A perfectly normal article',
    marker: 'Hostilemarker',
    head: `<link rel="stylesheet" href="${r}/head.css"><script>window.__pwned = 'head-script';</script>`,
    extra: `
<script>window.__pwned = 'inline-script'; ${beacon('script')}</script>
<p onmouseover="window.__pwned = 'mouseover'; ${beacon('mouseover')}" onclick="${beacon('click')}">Hover over this sentence, Hostilemarker.</p>
<p><img src="${r}/img.png" alt="A diagram" onload="window.__pwned = 'onload'; ${beacon('onload')}"></p>
<p><img src="${r}/broken.png" alt="Broken" onerror="window.__pwned = 'onerror'; alert('onerror'); ${beacon('onerror')}"></p>
<p><img alt="Responsive" srcset="${r}/srcset-1x.png 1x, ${r}/srcset-2x.png 2x"></p>
<picture><source srcset="${r}/picture.webp" type="image/webp"><img src="${r}/picture.png" alt="Picture"></picture>
<div style="background-image: url('${r}/inline-style.png')"><p>A styled box, Hostilemarker, with a background.</p></div>
<style>@import url('${r}/import.css'); article { background: url('${r}/style-bg.png'); }</style>
<link rel="stylesheet" href="${r}/body.css">
<iframe src="${r}/frame.html" title="frame"></iframe>
<p><a href="javascript:${beacon('js-link')}">A javascript link</a> and <a href=" JaVaScRiPt:alert('caps')">another</a> and
<a href="https://example.org/safe">a safe one</a>.</p>
<svg width="10" height="10"><script>window.__pwned = 'svg-script'</script><image href="${r}/svg-image.png"/></svg>
<form action="${r}/beacon?from=form"><input name="q" value="x" onfocus="${beacon('focus')}"><button formaction="${r}/beacon?from=formaction">Go</button></form>
<video poster="${r}/poster.png" src="${r}/video.mp4"></video>
<object data="${r}/object.bin"></object><embed src="${r}/embed.bin">
<details open ontoggle="window.__pwned = 'ontoggle'"><summary>More</summary><p>Details, Hostilemarker.</p></details>
<p><a href="${r}/tracked" ping="${r}/beacon?from=ping">A tracked link</a></p>`,
  });
}

beforeAll(async () => {
  remote = await serve((req) => {
    const path = req.url ?? '';
    if (path.endsWith('.png')) return { type: 'image/png', body: PNG };
    if (path.endsWith('.css')) return { type: 'text/css', body: `body { background: url('/from-css.png'); }` };
    if (path.startsWith('/frame')) return { body: `<script>parent.postMessage('frame', '*')</script>` };
    return { type: 'text/plain', body: 'ok' };
  });
  site = await serve({ '/hostile': hostileArticle(remote.origin) });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
  await remote?.close();
});

/** Waits until the remote server has seen no new request for `quietMs`. */
async function settle(server: FixtureServer, quietMs = 300): Promise<void> {
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

describe('a hostile article', () => {
  let entry: Entry | undefined;
  let journal: Page;
  let requestsBeforeClip = 0;

  it('is clipped into sanitized HTML and Markdown with nothing executable left', async () => {
    const url = `${site.origin}/hostile`;
    const article = await openTab(session, url);
    // Visiting the page legitimately loads its own remote images; count only what comes after.
    await settle(remote);
    expect(remote.requests.length).toBeGreaterThan(0);
    requestsBeforeClip = remote.requests.length;

    journal = await session.context.newPage();
    await journal.goto(session.url('journal.html'));
    const outcome = await request(journal, { type: 'clip', mode: 'article', tabId: await tabIdFor(session, url), force: true });
    expect(outcome).toMatchObject({ status: 'created', kind: 'article' });
    entry = await readEntry(journal, outcome.status === 'not-saved' ? '' : outcome.entryId);
    await article.close();

    const html = entry?.article?.html ?? '';
    expect(html).toContain('Hostilemarker');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<(iframe|object|embed|form|input|button|style|link|svg|base|meta)\b/i);
    expect(html).not.toMatch(/\s(srcset|style|ping|formaction|poster)\s*=/i);
    expect(html).toContain('href="https://example.org/safe"');
    expect(entry?.article?.markdown ?? '').not.toMatch(/javascript:/i);
    expect(entry?.title).toBe('A perfectly normal article');
  });

  it('renders in an extension page with nothing executed and no request to the remote server', async () => {
    expect(entry).toBeDefined();
    const dialogs: string[] = [];
    journal.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const violations = await journal.evaluate(async (html) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => blocked.push(`${event.effectiveDirective} ${event.blockedURI}`));
      const container = document.createElement('section');
      container.id = 'rendered-entry';
      // The stored HTML as it is, without the reader's second sanitizing pass: the stricter test.
      container.innerHTML = html;
      document.body.append(container);
      for (const element of container.querySelectorAll('*')) {
        for (const type of ['mouseover', 'click', 'focus', 'toggle']) element.dispatchEvent(new Event(type, { bubbles: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      return blocked;
    }, entry?.article?.html ?? '');

    await settle(remote);
    expect(remote.requests.slice(requestsBeforeClip)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await journal.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

    const renderedAttributes = await journal.evaluate(() =>
      [...document.querySelectorAll('#rendered-entry *')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name)),
    );
    expect(renderedAttributes.filter((name) => name.startsWith('on'))).toEqual([]);
    // Remote images kept in the stored HTML are stopped by the CSP, not by luck.
    if ((entry?.article?.html ?? '').includes(`src="${remote.origin}`)) {
      expect(violations.some((line) => line.startsWith('img-src') && line.includes(remote.origin))).toBe(true);
    }
  });
});
