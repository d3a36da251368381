import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, launchExtension, ROOT } from '../support/chromium';
import { hooks, openTab, tabIdFor, testClip } from '../support/extension';
import { articlePage } from '../support/pages';
import { serve } from '../support/server';
import { writeSection } from './section';
import { median } from './stats';
import { generateJournal } from './summary-seed';

const E2E = process.env.BENCH_OUTPUT_DIR ? join(process.env.BENCH_OUTPUT_DIR, 'chrome-mv3-e2e') : BUILDS.e2e;
const REPORT = process.env.BENCH_REPORT ?? join(ROOT, 'BENCHMARKS.md');
const SIZES = (process.env.BENCH_SNAPSHOT_SIZES ?? '10000,100000').split(',').map(Number);
const SNAPSHOTS = 3;
const CLIPS = 5;
const START = '<!-- snapshot-bench:start -->';
const END = '<!-- snapshot-bench:end -->';

interface Result {
  entries: number;
  writeMs: number[];
  bytes: number;
  clipAloneMs: number[];
  clipDuringMs: number[];
  snapshotDuringMs: number[];
}

const results: Result[] = [];
const loadAtStart = loadavg()[0] ?? 0;

describe.each(SIZES)('snapshot of %i entries', (count) => {
  it('writes the journal, and a clip meanwhile', async () => {
    const site = await serve({ '/article': articlePage({ title: 'A page clipped during a snapshot', marker: 'Snapmarker' }) });
    const session = await launchExtension({ extensionPath: E2E });
    try {
      const seeder = await session.context.newPage();
      await seeder.goto(session.url('popup.html'));
      await seeder.getByTestId('week-summary').waitFor();
      await generateJournal(seeder, { count, perDay: 100, now: Date.now(), competencyIds: [] });
      await seeder.close();
      const url = `${site.origin}/article`;
      await openTab(session, url);
      const tabId = await tabIdFor(session, url);
      const clip = async () => (await testClip(session, { tabId, mode: 'article', force: true })).totalMs;
      const snapshot = () => hooks<{ bytes: number }>(session, ['snapshot']);

      const result: Result = { entries: count, writeMs: [], bytes: 0, clipAloneMs: [], clipDuringMs: [], snapshotDuringMs: [] };
      for (let run = 0; run < SNAPSHOTS; run++) {
        const started = performance.now();
        result.bytes = (await snapshot()).bytes;
        result.writeMs.push(performance.now() - started);
      }
      for (let run = 0; run < CLIPS; run++) result.clipAloneMs.push(await clip());
      for (let run = 0; run < CLIPS; run++) {
        const started = performance.now();
        const writing = snapshot().then(() => performance.now() - started);
        // The clip starts once the snapshot is under way in the worker.
        await new Promise((done) => setTimeout(done, 50));
        result.clipDuringMs.push(await clip());
        result.snapshotDuringMs.push(await writing);
      }
      expect(result.bytes).toBeGreaterThan(count * 1_000);
      results.push(result);
    } finally {
      await session.close();
      await site.close();
    }
  });
});

function renderSection(): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const ms = (values: number[]) => `${Math.round(median(values)).toLocaleString('en-US')} ms`;
  const load = Math.max(loadAtStart, loadavg()[0] ?? 0);
  return [
    START,
    '## Snapshots: cost and effect on clips',
    '',
    `Measured by \`tests/bench/snapshot.bench.test.ts\` on ${new Date().toISOString().slice(0, 10)}. Each journal is generated in the extension's`,
    'IndexedDB (articles of about 2 KB of text, stored as HTML, Markdown and text), then the background writes a snapshot',
    `(storage/snapshots.ts: the whole journal file streamed into the origin private file system) ${SNAPSHOTS} times; then a`,
    `fixture article is clipped ${CLIPS} times alone and ${CLIPS} times 50 ms after a snapshot started. Times are medians, from`,
    "the test (snapshot: the hook round trip) or inside the worker (clip: `clipTab`). The worker's memory during a snapshot is",
    'not measured: Playwright reaches a service worker only through `evaluate`, and workers have no `performance.memory`; the',
    'writer holds one page of records at a time and streams them to the file, so its memory does not grow with the journal.',
    `1-minute load average: ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end${
      load > cpus().length ? ' (above the core count: other work competed with the bench)' : ''
    }.`,
    '',
    row([
      'entries',
      'snapshot',
      'file',
      'clip alone',
      'clip during a snapshot',
      'snapshot with a clip',
      'aim: no clip waits on a snapshot',
    ]),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---']),
    ...results.map((result) => {
      const slower = median(result.clipDuringMs) / median(result.clipAloneMs);
      return row([
        result.entries.toLocaleString('en-US'),
        ms(result.writeMs),
        `${(result.bytes / 1_048_576).toFixed(1)} MB`,
        ms(result.clipAloneMs),
        ms(result.clipDuringMs),
        ms(result.snapshotDuringMs),
        slower <= 1.5 ? `met (${slower.toFixed(2)}×)` : `**not met** (${slower.toFixed(2)}×)`,
      ]);
    }),
    '',
    END,
  ].join('\n');
}

afterAll(() => {
  if (results.length === 0) return;
  const section = renderSection();
  writeSection(REPORT, section, START, END);
  console.info(`\n${section}\n[bench] wrote the snapshot section of ${REPORT}`);
});
