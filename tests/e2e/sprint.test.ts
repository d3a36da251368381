/**
 * Learning sprints in the real browser (e2e build): second-long sprints started through the
 * test hook survive service-worker stops and a browser restart, complete once, and log one row.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import type { TimerView } from '../../domain/timer';
import type { SprintReply } from '../../messaging/protocol';
import type { Entry, Sprint } from '../../storage/schemas';
import { type ExtensionSession, launchExtension } from '../support/chromium';
import { request } from '../support/extension';

const NOTICE_LOG = 'e2e:sprintNotices';
let session: ExtensionSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A page of ours that sends nothing on load, so reading from it never wakes the worker. */
async function quietPage(current: ExtensionSession): Promise<Page> {
  const page = await current.context.newPage();
  await page.goto(current.url('reflect.html'));
  return page;
}

async function startTestSprint(current: ExtensionSession, ms: number): Promise<string> {
  const worker = await current.serviceWorker();
  const state = await worker.evaluate(
    (length) =>
      (
        globalThis as unknown as { commonplaceTest: { startSprint: (o: { ms: number }) => Promise<{ sprint: { sprintId: string } }> } }
      ).commonplaceTest.startSprint({
        ms: length,
      }),
    ms,
  );
  return state.sprint.sprintId;
}

const MARKER = '__beforeStop';

/**
 * CDP `ServiceWorker.stopAllWorkers`, as Chrome does to an idle worker. Playwright keeps the same
 * Worker object and sends no `close`, so a marker on the worker's global shows the stop happened.
 */
async function stopWorkers(current: ExtensionSession, page: Page): Promise<void> {
  await (await current.serviceWorker()).evaluate((name) => Object.assign(globalThis, { [name]: true }), MARKER);
  const cdp = await current.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** True when the worker running now started after the last `stopWorkers`. */
async function isFreshWorker(current: ExtensionSession): Promise<boolean> {
  return (await current.serviceWorker()).evaluate((name) => !(name in globalThis), MARKER);
}

/** Every row of a store, read with raw IndexedDB; none while the background has not created the database. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('commonplace');
        // Opening must not create the database before Dexie does: abort, and read nothing.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
}

async function notices(page: Page): Promise<string[]> {
  return page.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] as string[] | undefined) ?? [], NOTICE_LOG);
}

async function storedTimer(page: Page): Promise<{ phase: string; endsAt?: number }> {
  return page.evaluate(async () => (await chrome.storage.local.get('sprintTimer')).sprintTimer as { phase: string; endsAt?: number });
}

/** Polls without sending any message: only the worker's own alarm can complete the sprint. */
async function waitForSprintRow(page: Page, id: string): Promise<Sprint[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rows = await readStore<Sprint>(page, 'sprints');
    if (rows.some((row) => row.id === id)) return rows;
    if (Date.now() > deadline) throw new Error(`sprint ${id} was never recorded`);
    await page.waitForTimeout(200);
  }
}

const sprintView = async (page: Page): Promise<TimerView> => (await request<SprintReply>(page, { type: 'sprint/get' })).timer;

it('a few-second sprint survives two service-worker stops and completes once', async () => {
  session = await launchExtension();
  const page = await quietPage(session);
  const id = await startTestSprint(session, 4_000);

  await stopWorkers(session, page);
  // Waking the worker with a request reconciles it: still running, less time left.
  const midway = await sprintView(page);
  expect(midway).toMatchObject({ phase: 'running', sprintId: id });
  expect(midway.remainingMs).toBeLessThanOrEqual(4_000);
  expect(await isFreshWorker(session)).toBe(true);
  await stopWorkers(session, page);

  // Only the end alarm can wake the worker now.
  const rows = await waitForSprintRow(page, id);
  expect(await isFreshWorker(session)).toBe(true);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id, completed: true, plannedMs: 4_000, elapsedMs: 4_000 });
  // The worker logs the notice after creating the notification, which follows the sprint row.
  await expect.poll(() => notices(page), { timeout: 10_000 }).toEqual([id]);

  // Reconciling again (popup open, worker restart) changes nothing.
  expect(await sprintView(page)).toMatchObject({ phase: 'ended', sprintId: id, completed: true });
  await stopWorkers(session, page);
  expect(await sprintView(page)).toMatchObject({ phase: 'ended', sprintId: id });
  expect(await readStore<Sprint>(page, 'sprints')).toHaveLength(1);
  expect(await notices(page)).toEqual([id]);
});

it('a browser restart in the middle of a sprint keeps its deadline and completes it once', async () => {
  const first = await launchExtension();
  session = first;
  const id = await startTestSprint(first, 12_000);
  const before = await storedTimer(await quietPage(first));
  expect(before).toMatchObject({ phase: 'running' });
  await first.close({ keepProfile: true });

  const second = await launchExtension({ userDataDir: first.userDataDir });
  session = second;
  const page = await quietPage(second);
  const worker = await second.serviceWorker();
  // Alarms do not survive the restart: the worker's start-up reconcile re-creates the end alarm.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.alarms.get('sprint-end'))?.scheduledTime), { timeout: 10_000 })
    .toBe(before.endsAt);
  const view = await sprintView(page);
  if (Date.now() < (before.endsAt ?? 0) - 500) {
    expect(view).toMatchObject({ phase: 'running', sprintId: id, endsAt: before.endsAt });
    expect(view.remainingMs).toBeLessThanOrEqual((before.endsAt ?? 0) - Date.now() + 500);
  }

  const rows = await waitForSprintRow(page, id);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id, completed: true, elapsedMs: 12_000 });
  // The worker logs the notice after creating the notification, which follows the sprint row.
  await expect.poll(() => notices(page), { timeout: 10_000 }).toEqual([id]);
});

it('a sprint that ended while the browser was closed is recorded once, with one notification', async () => {
  const first = await launchExtension();
  session = first;
  const id = await startTestSprint(first, 1_500);
  await first.close({ keepProfile: true });
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const second = await launchExtension({ userDataDir: first.userDataDir });
  session = second;
  const page = await quietPage(second);
  const rows = await waitForSprintRow(page, id);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ completed: true, elapsedMs: 1_500 });
  expect(await sprintView(page)).toMatchObject({ phase: 'ended', sprintId: id });
  // The worker logs the notice after creating the notification, which follows the sprint row.
  await expect.poll(() => notices(page), { timeout: 10_000 }).toEqual([id]);
});

it('a sprint that ended hours before the browser started again is recorded once, quietly', async () => {
  const first = await launchExtension();
  session = first;
  const id = await startTestSprint(first, 60_000);
  const page = await quietPage(first);
  // As if the browser had been closed for three hours: the stored sprint ended long ago.
  await page.evaluate(async () => {
    const { sprintTimer } = (await chrome.storage.local.get('sprintTimer')) as { sprintTimer: { sprint: { plannedMs: number } } };
    const endsAt = Date.now() - 3 * 3_600_000;
    const sprint = { ...sprintTimer.sprint, startedAt: endsAt - sprintTimer.sprint.plannedMs };
    await chrome.storage.local.set({ sprintTimer: { phase: 'running', sprint, endsAt, checkedAt: endsAt - 1_000 } });
  });
  await first.close({ keepProfile: true });

  const second = await launchExtension({ userDataDir: first.userDataDir });
  session = second;
  const later = await quietPage(second);
  const rows = await waitForSprintRow(later, id);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id, completed: true, elapsedMs: 60_000 });
  // The popup still offers the reflection, but no notification pops up hours late.
  expect(await sprintView(later)).toMatchObject({ phase: 'ended', sprintId: id });
  expect(await notices(later)).toEqual([]);
});

it('a capture during a sprint carries its id; one after the sprint does not', async () => {
  session = await launchExtension();
  const page = await quietPage(session);
  const started = await request<SprintReply>(page, { type: 'sprint/start', minutes: 5, goal: 'Read about CRDTs' });
  const id = started.timer.sprintId;
  expect(started.timer).toMatchObject({ phase: 'running', plannedMs: 5 * 60_000, goal: 'Read about CRDTs' });

  const during = await request(page, { type: 'note/create', text: 'CRDTs merge without a server', aboutPage: false });
  const stopped = await request<SprintReply>(page, { type: 'sprint/stop' });
  expect(stopped.timer).toMatchObject({ phase: 'ended', completed: false });
  const after = await request(page, { type: 'note/create', text: 'Later thought', aboutPage: false });
  if (during.status === 'not-saved' || after.status === 'not-saved') throw new Error('not saved');

  const entries = await readStore<Entry>(page, 'entries');
  expect(entries.find((entry) => entry.id === during.entryId)?.sprintId).toBe(id);
  expect(entries.find((entry) => entry.id === after.entryId)?.sprintId).toBeUndefined();
  expect(await readStore<Sprint>(page, 'sprints')).toEqual([expect.objectContaining({ id, completed: false, goal: 'Read about CRDTs' })]);
});
