/**
 * Opening the popup and the journal against this machine's floor: an empty page of the same
 * extension that renders one element from a module script. The three are opened in turn in the
 * same browser, so load on a shared machine touches all of them alike; what counts is the ratio
 * to the floor in the same run. Also the JavaScript each page loads (gzip). Nothing is asserted
 * about times. Writes its own section of BENCHMARKS.md between markers.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { BUILDS, launchExtension, ROOT } from '../support/chromium';
import { request } from '../support/extension';
import { measureEntry } from './bundle-size';
import { writeSection } from './section';
import { ms, summarize } from './stats';

const BUILD = process.env.BENCH_OUTPUT_DIR ? join(process.env.BENCH_OUTPUT_DIR, 'chrome-mv3') : BUILDS.production;
const REPORT = process.env.BENCH_REPORT ?? join(ROOT, 'BENCHMARKS.md');
const ROUNDS = Number(process.env.BENCH_FLOOR_ROUNDS ?? 15);
/** A journal of this many entries: enough for a full first screen and a real week. */
const ENTRIES = 300;
const AIM_RATIO = 1.3;
const AIM_POPUP_GZIP_KB = 50;
const START = '<!-- open-floor:start -->';
const END = '<!-- open-floor:end -->';

/** What each page must show, as a selector; the time is navigation start to its first appearance. */
const PAGES = {
  floor: { path: 'floor.html', ready: '#floor' },
  popup: { path: 'popup.html', ready: '[data-testid="week-summary"]' },
  journal: { path: 'journal.html', ready: '.entry-row' },
} as const;
type PageName = keyof typeof PAGES;

/** Records, in every page, when a watched selector first appears (ms since navigation start). */
const OBSERVER = `(() => {
  const selectors = ${JSON.stringify(Object.values(PAGES).map((page) => page.ready))};
  const times = (window.__openTimes = {});
  const check = () => { for (const selector of selectors) if (!times[selector] && document.querySelector(selector)) times[selector] = performance.now(); };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const samples: Record<PageName, number[]> = { floor: [], popup: [], journal: [] };
let sizes: { popup: number; journal: number } | undefined;
const loadAtStart = loadavg()[0] ?? 0;

it('opens the floor page, the popup and the journal in turn', async () => {
  // A copy of the build with the floor page added: nothing of it ships.
  const extension = mkdtempSync(join(tmpdir(), 'commonplace-floor-'));
  cpSync(BUILD, extension, { recursive: true });
  writeFileSync(
    join(extension, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><div id="app"></div><script type="module" src="/floor.js"></script></body></html>\n',
  );
  writeFileSync(
    join(extension, 'floor.js'),
    "const p = document.createElement('p'); p.id = 'floor'; p.textContent = 'Floor'; document.getElementById('app').append(p);\n",
  );
  const session = await launchExtension({ extensionPath: extension });
  try {
    await session.context.addInitScript(OBSERVER);
    const seeder = await session.context.newPage();
    await seeder.goto(session.url('journal.html'));
    for (let index = 0; index < ENTRIES; index++) {
      await request(seeder, {
        type: 'note/create',
        text: `Thought ${index}\nSomething learned at work today, number ${index}.`,
        aboutPage: false,
      });
    }
    await seeder.close();
    for (let round = 0; round <= ROUNDS; round++) {
      for (const name of Object.keys(PAGES) as PageName[]) {
        const time = await openAndTime(session.context.newPage.bind(session.context), session.url(PAGES[name].path), PAGES[name].ready);
        // The first round warms the disk cache and the database: left out.
        if (round > 0) samples[name].push(time);
      }
    }
  } finally {
    await session.close();
    rmSync(extension, { recursive: true, force: true });
  }
  sizes = {
    popup: measureEntry(BUILD, 'popup', 'popup.html').gzipBytes / 1024,
    journal: measureEntry(BUILD, 'journal', 'journal.html').gzipBytes / 1024,
  };
  expect(samples.popup).toHaveLength(ROUNDS);
});

async function openAndTime(newPage: () => Promise<Page>, url: string, ready: string): Promise<number> {
  const page = await newPage();
  await page.goto(url);
  const time = await page.waitForFunction(
    (selector) => (window as unknown as { __openTimes: Record<string, number> }).__openTimes[selector],
    ready,
    { timeout: 60_000 },
  );
  const value = Number(await time.jsonValue());
  await page.close();
  return value;
}

function renderSection(): string {
  const floor = summarize(samples.floor);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const line = (name: string, values: number[]) => {
    const stats = summarize(values);
    const ratio = stats.median / floor.median;
    return row([name, ms(stats.median), ms(stats.p95), `${ratio.toFixed(2)}×`, ratio <= AIM_RATIO ? 'met' : '**not met**']);
  };
  const load = Math.max(loadAtStart, loadavg()[0] ?? 0);
  return [
    START,
    '## Popup and journal open against the floor',
    '',
    `Measured by \`tests/bench/open-floor.bench.test.ts\` on ${new Date().toISOString().slice(0, 10)}, with ${ENTRIES} quick notes in the journal.`,
    'The floor is an empty page of the same extension (written into a copy of the build for the bench) that renders one',
    'element from a module script. The floor page, `popup.html` and `journal.html` are opened as tabs in turn, ' +
      `${ROUNDS} rounds after one warm-up round; each time runs from navigation start to the page's first useful content: the floor's`,
    "element, the popup's week figures, the journal's first row.",
    `1-minute load average: ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end${
      load > cpus().length ? ' (above the core count: other work competed with the bench)' : ''
    }.`,
    '',
    row(['page', 'median', 'p95', 'median ÷ floor', `aim ≤ ${AIM_RATIO}×`]),
    row(['---', '---:', '---:', '---:', '---']),
    row(['floor', ms(floor.median), ms(floor.p95), '1.00×', '–']),
    line('popup: week figures', samples.popup),
    line('journal: first row', samples.journal),
    '',
    sizes
      ? `JavaScript loaded before the page runs (gzip, tests/bench/bundle-size.ts): popup ${sizes.popup.toFixed(1)} KB (aim ≤ ${AIM_POPUP_GZIP_KB} KB: ${
          sizes.popup <= AIM_POPUP_GZIP_KB ? 'met' : '**not met**'
        }), journal ${sizes.journal.toFixed(1)} KB.`
      : '',
    '',
    '**Where the time goes** (performance marks in the production popup, an empty journal, 2026-12-06): the floor shows its',
    "element at about 50 ms; the popup's scripts are loaded and evaluated and its first render done at 90–120 ms (the extra",
    "is parsing the popup's JavaScript, above all Dexie, about 34 KB gzip, and zod/mini, about 15 KB, which reads the settings);",
    "the settings arrive about 15 ms later and the week's reads take about 30 ms more. What is left to cut is the JavaScript the",
    'popup loads (reading the week through the service worker would drop Dexie from it, at the price of waking the worker) and',
    'the database open.',
    '',
    END,
  ].join('\n');
}

afterAll(() => {
  if (samples.floor.length === 0) return;
  const section = renderSection();
  writeSection(REPORT, section, START, END);
  console.info(`\n${section}\n[bench] wrote the open-floor section of ${REPORT}`);
});
