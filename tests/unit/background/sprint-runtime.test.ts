/** The sprint timer's background adapter over fakeBrowser (storage, alarms, notifications) and fake-indexeddb. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LATE_NOTICE_MS, MINUTE_MS } from '../../../domain/timer';
import { E2E_NOTICE_LOG_KEY, restoreTabBadge } from '../../../entrypoints/background/sprint-alerts';
import {
  currentSprintId,
  dispatchSprint,
  END_ALARM,
  installSprintTimer,
  sprintView,
  startSprint,
  TICK_ALARM,
} from '../../../entrypoints/background/sprint-runtime';
import { loadTimerState, TIMER_STATE_KEY } from '../../../entrypoints/background/sprint-state';
import { getDb } from '../../../storage/db';
import { recordSprint } from '../../../storage/sprints';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const at = (ms: number) => () => ms;
const notifications = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await getDb().sprints.clear();
});

async function startAt(now: number, minutes = 15): Promise<string> {
  const state = await startSprint({ minutes, goal: ' Read the RFC ' }, at(now));
  if (state.phase !== 'running') throw new Error('not running');
  return state.sprint.sprintId;
}

describe('start', () => {
  it('stores the deadline, schedules the end alarm and the next badge refresh, shows the minutes', async () => {
    await startAt(T0);
    expect(await loadTimerState()).toMatchObject({ phase: 'running', endsAt: T0 + 15 * MINUTE_MS, sprint: { goal: 'Read the RFC' } });
    expect(await browser.alarms.get(END_ALARM)).toMatchObject({ scheduledTime: T0 + 15 * MINUTE_MS });
    expect(await browser.alarms.get(TICK_ALARM)).toMatchObject({ scheduledTime: T0 + MINUTE_MS });
    expect(await browser.action.getBadgeText({})).toBe('15m');
  });

  it('takes its length from the settings when none is given', async () => {
    await browser.storage.local.set({ settings: { sprintMinutes: 25 } });
    await startSprint({}, at(T0));
    expect(await loadTimerState()).toMatchObject({ endsAt: T0 + 25 * MINUTE_MS });
  });
});

describe('completion', () => {
  it('records the sprint once, notifies once with two buttons, clears alarms and badge', async () => {
    const id = await startAt(T0);
    const create = vi.spyOn(browser.notifications, 'create');
    // An alarm, the popup and a worker start all reconcile at the same moment.
    await Promise.all([1, 2, 3, 4, 5].map(() => dispatchSprint({ type: 'tick' }, at(T0 + 15 * MINUTE_MS + 50))));
    expect(await getDb().sprints.toArray()).toEqual([
      expect.objectContaining({
        id,
        completed: true,
        elapsedMs: 15 * MINUTE_MS,
        plannedMs: 15 * MINUTE_MS,
        goal: 'Read the RFC',
        dayKey: expect.any(String),
      }),
    ]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({ buttons: [{ title: 'Reflect' }, { title: 'Another sprint' }] });
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('a new worker (fresh module) reconciling from storage does not complete twice', async () => {
    await startAt(T0);
    await dispatchSprint({ type: 'tick' }, at(T0 + 15 * MINUTE_MS));
    vi.resetModules();
    const fresh = await import('../../../entrypoints/background/sprint-runtime');
    const create = vi.spyOn(browser.notifications, 'create');
    await fresh.dispatchSprint({ type: 'tick' }, at(T0 + 16 * MINUTE_MS));
    expect(create).not.toHaveBeenCalled();
    expect(await getDb().sprints.count()).toBe(1);
  });

  it('browser start: re-creates the lost alarms; a sprint ended long ago is recorded quietly', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(T0);
      installSprintTimer();
      const id = await startAt(T0);
      await browser.alarms.clearAll();
      vi.setSystemTime(T0 + MINUTE_MS);
      await fakeBrowser.runtime.onStartup.trigger();
      await dispatchSprint({ type: 'tick' });
      expect(await browser.alarms.get(END_ALARM)).toMatchObject({ scheduledTime: T0 + 15 * MINUTE_MS });

      const create = vi.spyOn(browser.notifications, 'create');
      vi.setSystemTime(T0 + 15 * MINUTE_MS + LATE_NOTICE_MS + 1);
      await fakeBrowser.runtime.onStartup.trigger();
      await dispatchSprint({ type: 'tick' });
      expect(await getDb().sprints.get(id)).toMatchObject({ completed: true });
      expect(create).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('the end alarm completes the sprint through the installed listener', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(T0);
      installSprintTimer();
      const id = await startAt(T0);
      vi.setSystemTime(T0 + 15 * MINUTE_MS);
      await fakeBrowser.alarms.onAlarm.trigger({
        name: END_ALARM,
        scheduledTime: T0 + 15 * MINUTE_MS,
        persistAcrossSessions: false,
      } as never);
      await dispatchSprint({ type: 'tick' });
      expect(await getDb().sprints.get(id)).toMatchObject({ completed: true });
      expect(await browser.storage.local.get(E2E_NOTICE_LOG_KEY)).toEqual({});
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed record keeps the sprint running, so the next reconcile records it', async () => {
    await startAt(T0);
    const put = vi.spyOn(getDb().sprints, 'put').mockRejectedValueOnce(new Error('disk'));
    await expect(dispatchSprint({ type: 'tick' }, at(T0 + 15 * MINUTE_MS))).rejects.toThrow('disk');
    expect(await loadTimerState()).toMatchObject({ phase: 'running' });
    put.mockRestore();
    await dispatchSprint({ type: 'tick' }, at(T0 + 15 * MINUTE_MS + 10));
    expect(await getDb().sprints.count()).toBe(1);
  });
});

describe('a stop cut short by the worker stopping', () => {
  it('the stop that was saved is kept: the timer ends with it instead of completing the sprint later', async () => {
    const id = await startAt(T0);
    // The stop's row was written, then the worker stopped before the timer's state was saved.
    await recordSprint({
      id,
      startedAt: T0,
      endedAt: T0 + 4 * MINUTE_MS,
      plannedMs: 15 * MINUTE_MS,
      elapsedMs: 4 * MINUTE_MS,
      completed: false,
      goal: '',
    });
    expect(await loadTimerState()).toMatchObject({ phase: 'running' });
    const state = await dispatchSprint({ type: 'tick' }, at(T0 + 15 * MINUTE_MS));
    expect(state).toMatchObject({ phase: 'ended', outcome: { elapsedMs: 4 * MINUTE_MS, completed: false } });
    expect(await getDb().sprints.toArray()).toEqual([expect.objectContaining({ id, completed: false, elapsedMs: 4 * MINUTE_MS })]);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('recording is compare-and-set: a second outcome for the same sprint never replaces the first', async () => {
    const id = await startAt(T0);
    const base = { id, startedAt: T0, plannedMs: 15 * MINUTE_MS, goal: '' };
    await recordSprint({ ...base, endedAt: T0 + 4 * MINUTE_MS, elapsedMs: 4 * MINUTE_MS, completed: false });
    const second = await recordSprint({ ...base, endedAt: T0 + 15 * MINUTE_MS, elapsedMs: 15 * MINUTE_MS, completed: true });
    expect(second).toMatchObject({ completed: false, elapsedMs: 4 * MINUTE_MS });
    expect(await getDb().sprints.count()).toBe(1);
  });
});

describe('stored state', () => {
  it.each([
    ['garbage', 'not a timer'],
    ['an unknown phase', { phase: 'exploded' }],
    ['a running timer without its sprint', { phase: 'running', endsAt: 5, checkedAt: 1 }],
  ])('%s resets to idle with a warning, never a throw', async (_, stored) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await browser.storage.local.set({ [TIMER_STATE_KEY]: stored });
    expect(await sprintView(at(T0))).toMatchObject({ phase: 'idle' });
    expect(warn).toHaveBeenCalled();
  });
});

describe('captures and badges', () => {
  it('the running or paused sprint is the one captures belong to; none once it ended', async () => {
    const id = await startAt(T0);
    expect(await currentSprintId(at(T0 + MINUTE_MS))).toBe(id);
    await dispatchSprint({ type: 'pause' }, at(T0 + 2 * MINUTE_MS));
    expect(await currentSprintId(at(T0 + 3 * MINUTE_MS))).toBe(id);
    await dispatchSprint({ type: 'stop' }, at(T0 + 4 * MINUTE_MS));
    expect(await currentSprintId(at(T0 + 5 * MINUTE_MS))).toBeUndefined();
  });

  it('a timer that cannot be reconciled never blocks a capture', async () => {
    await startAt(T0);
    vi.spyOn(getDb().sprints, 'put').mockRejectedValue(new Error('disk'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await currentSprintId(at(T0 + 16 * MINUTE_MS))).toBeUndefined();
  });

  it("a capture's ✓ on a tab gives way to the sprint's minutes", async () => {
    await startSprint({ minutes: 15 }, Date.now);
    await browser.action.setBadgeText({ text: '✓', tabId: 7 });
    const setText = vi.spyOn(browser.action, 'setBadgeText');
    await restoreTabBadge(7);
    // null, not '': the tab inherits the global text again (an empty string would hide it).
    expect(setText).toHaveBeenCalledWith({ text: null, tabId: 7 });
    expect(await browser.action.getBadgeText({})).toBe('15m');
    await browser.action.setBadgeText({ text: '✓' });
    await restoreTabBadge(undefined);
    expect(await browser.action.getBadgeText({})).toBe('15m');
  });
});

describe('notification clicks', () => {
  it('a click opens the reflection; "Another sprint" starts one with the same goal', async () => {
    installSprintTimer();
    const id = await startAt(Date.now() - 15 * MINUTE_MS);
    await dispatchSprint({ type: 'tick' });
    expect(notifications()).toContain(`sprint-end:${id}`);
    const create = vi.spyOn(browser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`sprint-end:${id}`);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringContaining(`/reflect.html?sprint=${id}`) }));
    await fakeBrowser.notifications.onButtonClicked.trigger(`sprint-end:${id}`, 1);
    await vi.waitFor(async () => expect(await loadTimerState()).toMatchObject({ phase: 'running', sprint: { goal: 'Read the RFC' } }));
  });
});
