/**
 * `npm run bench`: measures the built extension in headless Chromium and writes
 * BENCHMARKS.md. Nothing here asserts a time; a section fails only when it could not measure.
 * Run through scripts/bench.mjs, which builds into `.cache/bench/output` first.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, type ExtensionSession, launchExtension, ROOT } from '../support/chromium';
import { entryPoints, measureEntry } from './bundle-size';
import { type CorpusPage, type CorpusServer, ISOLATION_ARGS, loadCorpus, serveCorpus } from './corpus';
import { clipFromExtensionPage } from './end-to-end';
import { clipPage } from './pipeline';
import { timeReadabilityIn } from './readability-in-page';
import { type BenchResults, renderReport } from './report';

const OUTPUT = process.env.BENCH_OUTPUT_DIR ?? join(ROOT, '.output');
const PRODUCTION = process.env.BENCH_OUTPUT_DIR ? join(OUTPUT, 'chrome-mv3') : BUILDS.production;
const E2E = process.env.BENCH_OUTPUT_DIR ? join(OUTPUT, 'chrome-mv3-e2e') : BUILDS.e2e;
const REPORT = process.env.BENCH_REPORT ?? join(ROOT, 'BENCHMARKS.md');
const FIRST_CLIP_STARTS = 3;
const END_TO_END_PAGES = 30;

const started = performance.now();
/** `BENCH_PAGES=n` measures only the first n pages: for working on the bench itself. */
const pages = loadCorpus().slice(0, Number(process.env.BENCH_PAGES) || undefined);
const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: 'Chromium',
    os: `${type()} ${release()}`,
    loadAtStart: loadavg()[0] ?? 0,
    loadAtEnd: 0,
  },
  corpusPages: pages.length,
  firstClips: [],
  corpus: [],
  readability: [],
  endToEnd: [],
  sizes: [],
  errors: {},
  measureSeconds: 0,
  buildSeconds: process.env.BENCH_BUILD_SECONDS ? Number(process.env.BENCH_BUILD_SECONDS) : undefined,
};

/** The page whose first clip after a browser start is compared with its warm clip: median size. */
const firstClipPage = bySize(pages)[Math.floor(pages.length / 2)] as CorpusPage;

let server: CorpusServer;
let session: ExtensionSession | undefined;

const launch = () => launchExtension({ extensionPath: E2E, args: ISOLATION_ARGS });

/** Runs a section; a failure is recorded in the report and fails the run, the others still run. */
async function section(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    results.errors[name] = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw error;
  }
}

function progress(label: string, done: number, total: number): void {
  if (done === total || done % 25 === 0) console.info(`[bench] ${label}: ${done}/${total}`);
}

describe('benchmarks', () => {
  beforeAll(async () => {
    server = await serveCorpus(pages);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    results.measureSeconds = (performance.now() - started) / 1000;
    results.machine.loadAtEnd = loadavg()[0] ?? 0;
    // The raw samples, for a closer look than the tables give.
    mkdirSync(join(ROOT, '.cache/bench'), { recursive: true });
    writeFileSync(join(ROOT, '.cache/bench/results.json'), JSON.stringify(results, null, 2));
    const report = renderReport(results);
    writeFileSync(REPORT, `${report}${keptSections(REPORT)}`);
    console.info(`\n${report}\n[bench] wrote ${REPORT}`);
  });

  it('first clip after browser start', () =>
    section('First clip after browser start', async () => {
      for (let run = 0; run < FIRST_CLIP_STARTS; run++) {
        const fresh = await launch();
        try {
          results.machine.chromium = await chromiumVersion(fresh);
          results.firstClips.push(await clipPage(fresh, server, firstClipPage.name, firstClipPage.html.length));
        } finally {
          await fresh.close();
        }
      }
      expect(results.firstClips.filter((sample) => sample.error)).toEqual([]);
    }));

  // Both on the same freshly loaded tab, page by page: half the page loads, and load from outside
  // the bench (other builds and tests on the same two cores) weighs on both measurements alike.
  it('extraction over the corpus through the real pipeline, and plain Readability in the page', () =>
    section('Extraction over the corpus', async () => {
      session = await launch();
      // One clip first so every measured page finds the offscreen document and worker running.
      await clipPage(session, server, firstClipPage.name, firstClipPage.html.length);
      for (const page of pages) {
        const afterClip = async (tab: Page) => {
          results.readability.push(await timeReadabilityIn(tab, page.name));
        };
        results.corpus.push(await clipPage(session, server, page.name, page.html.length, afterClip));
        progress('pipeline and plain Readability', results.corpus.length, pages.length);
      }
      expect(results.corpus.filter((sample) => sample.totalMs !== undefined).length).toBeGreaterThan(0);
      expect(results.readability.filter((sample) => sample.ms !== undefined).length).toBeGreaterThan(0);
    }));

  it('end-to-end clip latency from an extension page', () =>
    section('End-to-end latency', async () => {
      session ??= await launch();
      const active = session;
      const extensionPage = await active.context.newPage();
      await extensionPage.goto(active.url('popup.html'));
      const chosen = spread(bySize(pages), END_TO_END_PAGES);
      // Warm-up, not recorded: a page outside the chosen set when there is one.
      const warmUp = pages.find((page) => !chosen.includes(page)) ?? firstClipPage;
      await clipFromExtensionPage(active, extensionPage, server, warmUp.name);
      for (const page of chosen) results.endToEnd.push(await clipFromExtensionPage(active, extensionPage, server, page.name));
      await extensionPage.close();
      expect(results.endToEnd.filter((sample) => sample.ms !== undefined).length).toBeGreaterThan(0);
    }));

  it('JavaScript size per entry point', () =>
    section('JavaScript size', async () => {
      results.sizes = entryPoints(PRODUCTION).map(({ entry, start }) => measureEntry(PRODUCTION, entry, start));
      expect(results.sizes.length).toBeGreaterThan(0);
    }));
});

/**
 * Sections other benchmarks write into the same file between `<!-- name:start -->` and
 * `<!-- name:end -->` markers: kept as they are, after ours.
 */
function keptSections(file: string): string {
  if (!existsSync(file)) return '';
  const blocks = readFileSync(file, 'utf8').match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) ?? [];
  return blocks.map((block) => `\n${block}\n`).join('');
}

function bySize(list: readonly CorpusPage[]): CorpusPage[] {
  return [...list].sort((a, b) => a.html.length - b.html.length);
}

/** `count` items evenly spaced through `sorted`, smallest and largest included. */
function spread<T>(sorted: readonly T[], count: number): T[] {
  if (sorted.length <= count) return [...sorted];
  return Array.from({ length: count }, (_, index) => sorted[Math.round((index * (sorted.length - 1)) / (count - 1))] as T);
}

async function chromiumVersion(active: ExtensionSession): Promise<string> {
  const version = active.context.browser()?.version();
  if (version) return `Chromium ${version}`;
  const worker = await active.serviceWorker();
  return worker.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0].replace('Chrome/', 'Chromium ') ?? 'Chromium');
}
