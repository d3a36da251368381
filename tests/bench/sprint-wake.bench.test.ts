/**
 * Sprint benchmark: service-worker wake to timer reconciled. In real Chromium (e2e
 * build) a sprint runs, the worker is stopped with CDP `ServiceWorker.stopAllWorkers` (as Chrome
 * stops an idle worker), and a quiet extension page sends `sprint/get`; the time from sending to
 * the reply covers starting the worker, loading its script, reconciling the stored timer and
 * answering. Nothing is asserted about times. Writes its own section of BENCHMARKS.md between
 * markers (other sections are kept byte for byte) and a copy in `.cache/bench/sprint-wake-section.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { SprintReply } from '../../messaging/protocol';
import { BUILDS, type ExtensionSession, launchExtension, ROOT } from '../support/chromium';
import { writeSection } from './section';
import { ms, summarize } from './stats';

const E2E = process.env.BENCH_OUTPUT_DIR ? join(process.env.BENCH_OUTPUT_DIR, 'chrome-mv3-e2e') : BUILDS.e2e;
const REPORT = process.env.BENCH_REPORT ?? join(ROOT, 'BENCHMARKS.md');
const WAKES = Number(process.env.BENCH_SPRINT_WAKES ?? 15);
const WARM = 15;
const MARKER = '__benchBeforeStop';
const START = '<!-- sprint-wake:start -->';
const END = '<!-- sprint-wake:end -->';

const cold: number[] = [];
const warm: number[] = [];
let stopWaitMisses = 0;
const loadAtStart = loadavg()[0] ?? 0;

/** One `sprint/get` from the page, timed in the page from send to reply. */
async function timedGet(page: Page): Promise<{ ms: number; reply: { ok: boolean; value?: SprintReply } }> {
  return page.evaluate(async () => {
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'sprint/get' })) as { ok: boolean; value?: SprintReply };
    return { ms: performance.now() - start, reply };
  });
}

/** Versions' running states as CDP reports them, so a stop can be awaited rather than assumed. */
function trackWorkers(cdp: CDPSession): Map<string, string> {
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) status.set(version.versionId, version.runningStatus);
  });
  return status;
}

async function stopAndWait(session: ExtensionSession, cdp: CDPSession, status: Map<string, string>): Promise<void> {
  await (await session.serviceWorker()).evaluate((name) => Object.assign(globalThis, { [name]: true }), MARKER);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 5_000;
  while ([...status.values()].some((value) => value !== 'stopped')) {
    if (Date.now() > deadline) {
      stopWaitMisses++;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('service-worker wake to timer reconciled', async () => {
  const session = await launchExtension({ extensionPath: E2E });
  try {
    const page = await session.context.newPage();
    // Sends nothing on load, so only the timed request wakes the worker.
    await page.goto(session.url('reflect.html'));
    const worker = await session.serviceWorker();
    const sprintId = await worker.evaluate(async () => {
      const hooks = (
        globalThis as unknown as { commonplaceTest: { startSprint: (o: { ms: number }) => Promise<{ sprint: { sprintId: string } }> } }
      ).commonplaceTest;
      return (await hooks.startSprint({ ms: 60 * 60_000 })).sprint.sprintId;
    });

    for (let index = 0; index < WARM; index++) {
      const { ms: took, reply } = await timedGet(page);
      expect(reply.value?.timer).toMatchObject({ phase: 'running', sprintId });
      warm.push(took);
    }

    const cdp = await session.context.newCDPSession(page);
    const status = trackWorkers(cdp);
    await cdp.send('ServiceWorker.enable');
    for (let index = 0; index < WAKES; index++) {
      await stopAndWait(session, cdp, status);
      const { ms: took, reply } = await timedGet(page);
      expect(reply.ok).toBe(true);
      expect(reply.value?.timer).toMatchObject({ phase: 'running', sprintId });
      // The reply came from a worker started after the stop, not from the old one.
      expect(await (await session.serviceWorker()).evaluate((name) => !(name in globalThis), MARKER)).toBe(true);
      cold.push(took);
    }
    await cdp.detach().catch(() => undefined);
  } finally {
    await session.close();
  }
});

function renderSection(): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const wake = summarize(cold);
  const base = summarize(warm);
  const loadAtEnd = loadavg()[0] ?? 0;
  return [
    START,
    '## Sprints: service-worker wake to timer reconciled',
    '',
    `Measured by \`tests/bench/sprint-wake.bench.test.ts\` on ${new Date().toISOString().slice(0, 10)} (e2e build, headless Chromium). A`,
    'one-hour sprint is started through the test hook; the worker is then stopped with CDP `ServiceWorker.stopAllWorkers` (the stop',
    "is awaited on CDP's `workerVersionUpdated`) and a quiet extension page (`reflect.html`) sends `sprint/get`. The time runs in",
    'the page from `runtime.sendMessage` to the reply: Chromium starting the worker, evaluating the background script, reconciling',
    'the stored timer (alarm, badge) and answering with its view, the settings and the competency list. Each wake is checked to come',
    `from a fresh worker. For comparison, the same request to a worker already running. ${cold.length} wakes, ${warm.length} warm requests${
      stopWaitMisses ? `; ${stopWaitMisses} stop(s) not confirmed by CDP within 5 s` : ''
    }.`,
    `1-minute load average: ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end${
      Math.max(loadAtStart, loadAtEnd) > cpus().length
        ? ' (above the core count: other work competed with the bench and inflated every time below)'
        : ''
    }.`,
    '',
    row(['request', 'n', 'median', 'p95', 'max']),
    row(['---', '---:', '---:', '---:', '---:']),
    row(['`sprint/get` after a worker stop (wake + reconcile)', String(wake.count), ms(wake.median), ms(wake.p95), ms(wake.max)]),
    row(['`sprint/get` to a running worker', String(base.count), ms(base.median), ms(base.p95), ms(base.max)]),
    '',
    END,
  ].join('\n');
}

afterAll(() => {
  if (cold.length === 0) return;
  const section = renderSection();
  mkdirSync(join(ROOT, '.cache/bench'), { recursive: true });
  writeFileSync(join(ROOT, '.cache/bench/sprint-wake-section.md'), `${section}\n`);
  console.info(`\n${section}\n`);
  if (process.env.BENCH_SPRINT_WAKE_NO_REPORT) return;
  writeSection(REPORT, section, START, END);
  console.info(`[bench] wrote the sprint-wake section of ${REPORT}`);
});
