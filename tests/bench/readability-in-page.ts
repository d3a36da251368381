/**
 * The baseline: Readability run directly in the page's main thread, as an extension without a
 * stoppable worker would. The library is evaluated into a freshly loaded page, then one
 * `new Readability(document.cloneNode(true)).parse()` is timed inside the page: the first call,
 * which is what a user would pay per clip.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { withGuard } from './pipeline';

export interface ReadabilitySample {
  name: string;
  ms?: number;
  found?: boolean;
  error?: string;
}

const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

/**
 * Times plain Readability in `page`, a freshly loaded tab (the bench runs it right after the
 * clip, in the same tab: the capture ran in the content script's isolated world, so the page's
 * own world has never seen Readability). Never throws.
 */
export async function timeReadabilityIn(page: Page, name: string): Promise<ReadabilitySample> {
  try {
    // Evaluated through DevTools rather than a <script> tag: the corpus pages are served with
    // `script-src 'none'`, which DevTools evaluation is not subject to.
    await page.evaluate(`${readabilitySource}\nwindow.__benchReadability = Readability; true;`);
    const timed = page.evaluate(() => {
      type ReadabilityClass = new (doc: Document) => { parse: () => unknown };
      const Readability = (window as unknown as { __benchReadability: ReadabilityClass }).__benchReadability;
      const started = performance.now();
      const article = new Readability(document.cloneNode(true) as Document).parse();
      return { ms: performance.now() - started, found: article !== null };
    });
    return { name, ...(await withGuard(timed, 30_000)) };
  } catch (error) {
    return { name, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
