/**
 * The thin adapter around the pure sprint timer (domain/timer.ts): loads the stored state,
 * reduces one event with the current time, and runs the effects in order. Every event goes
 * through one queue, so two events (an alarm and a popup opening at once) can never both see a
 * running sprint and complete it twice.
 */
import { browser } from 'wxt/browser';
import { MINUTE_MS, reduce, type TimerEffect, type TimerEvent, type TimerState, type TimerView, viewOf } from '../../domain/timer';
import { readSettings } from '../../storage/settings';
import { getSprint, recordSprint } from '../../storage/sprints';
import { clearSprintBadge, notifySprintEnded, openReflection, showSprintBadge, sprintIdOfNotification } from './sprint-alerts';
import { loadTimerState, saveTimerState } from './sprint-state';

export const END_ALARM = 'sprint-end';
export const TICK_ALARM = 'sprint-tick';

export type Clock = () => number;

let queue: Promise<unknown> = Promise.resolve();

/** Applies one timer event, after every event queued before it. Resolves to the new state. */
export function dispatchSprint(event: TimerEvent, clock: Clock = Date.now): Promise<TimerState> {
  const run = queue.then(async () => {
    const before = await adoptRecorded(await loadTimerState());
    // Read the clock only now: an event that waited in the queue must not act in the past.
    const { state, effects } = reduce(before, event, clock());
    for (const effect of effects) await runEffect(effect, state);
    return state;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A running or paused sprint that is already recorded has ended: its stop was saved, and the
 * worker stopped before the timer's own state was (the popup then heard no answer). The recorded
 * outcome is the truth; the timer catches up with it instead of running on.
 */
async function adoptRecorded(state: TimerState): Promise<TimerState> {
  if (state.phase !== 'running' && state.phase !== 'paused') return state;
  const recorded = await getSprint(state.sprint.sprintId);
  if (!recorded) return state;
  const ended: TimerState = {
    phase: 'ended',
    sprint: state.sprint,
    outcome: { endedAt: recorded.endedAt, elapsedMs: recorded.elapsedMs, completed: recorded.completed },
  };
  await saveTimerState(ended);
  await runEffect({ type: 'clearAlarms' }, ended);
  await runEffect({ type: 'clearBadge' }, ended);
  return ended;
}

async function runEffect(effect: TimerEffect, state: TimerState): Promise<void> {
  switch (effect.type) {
    // A failed record stops here, before `persist`: the next reconcile records it again.
    case 'record':
      await recordSprint(effect.sprint);
      return;
    case 'persist':
      await saveTimerState(state);
      return;
    case 'notify':
      await notifySprintEnded(effect.sprintId);
      return;
    case 'schedule':
      return bestEffort(async () => {
        await browser.alarms.create(END_ALARM, { when: effect.endsAt });
        if (effect.nextTickAt === undefined) await browser.alarms.clear(TICK_ALARM);
        else await browser.alarms.create(TICK_ALARM, { when: effect.nextTickAt });
      });
    case 'clearAlarms':
      return bestEffort(async () => {
        await browser.alarms.clear(END_ALARM);
        await browser.alarms.clear(TICK_ALARM);
      });
    case 'badge':
      return bestEffort(() => showSprintBadge(effect.minutesLeft, effect.paused));
    case 'clearBadge':
      return bestEffort(clearSprintBadge);
  }
}

/** Alarms and the badge are cosmetic next to the stored state: a failure must not stop the rest. */
async function bestEffort(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.warn('[commonplace] sprint timer side effect failed', error);
  }
}

export interface StartOptions {
  /** Length in minutes (5–120, checked at the message edge); the settings' length when omitted. */
  minutes?: number;
  /** Exact length, for tests of second-long sprints (e2e hooks only). */
  plannedMs?: number;
  competencyId?: string;
  goal?: string;
}

export async function startSprint(options: StartOptions, clock: Clock = Date.now): Promise<TimerState> {
  const plannedMs = options.plannedMs ?? (options.minutes ?? (await readSettings()).sprintMinutes) * MINUTE_MS;
  const goal = options.goal?.trim() ?? '';
  return dispatchSprint(
    {
      type: 'start',
      sprintId: crypto.randomUUID(),
      plannedMs,
      goal,
      ...(options.competencyId ? { competencyId: options.competencyId } : {}),
    },
    clock,
  );
}

/** Reconciles with the clock and returns what a page shows. */
export async function sprintView(clock: Clock = Date.now): Promise<TimerView> {
  const state = await dispatchSprint({ type: 'tick' }, clock);
  return viewOf(state, clock());
}

/**
 * The sprint in progress (running or paused) that a capture made now belongs to. Never fails:
 * a capture must not be lost because the timer could not be reconciled.
 */
export async function currentSprintId(clock: Clock = Date.now): Promise<string | undefined> {
  try {
    const state = await dispatchSprint({ type: 'tick' }, clock);
    return state.phase === 'running' || state.phase === 'paused' ? state.sprint.sprintId : undefined;
  } catch (error) {
    console.warn('[commonplace] no sprint link for this capture', error);
    return undefined;
  }
}

/**
 * Registers the timer's listeners (synchronously, from the background's main) and reconciles
 * once for this service-worker start. Alarms do not survive a browser restart, so reconciling
 * also re-creates them.
 */
export function installSprintTimer(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === END_ALARM || alarm.name === TICK_ALARM) reconcile();
  });
  browser.runtime.onStartup.addListener(reconcile);
  browser.notifications.onClicked.addListener((notificationId) => {
    const sprintId = sprintIdOfNotification(notificationId);
    if (sprintId) logFailure(openReflection(sprintId).then(() => browser.notifications.clear(notificationId)));
  });
  // Firefox shows no notification buttons, and its onButtonClicked exists but is not implemented
  // (registering it logs a warning at every background start): only where buttons are shown.
  if (!import.meta.env.FIREFOX) {
    browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
      const sprintId = sprintIdOfNotification(notificationId);
      if (!sprintId) return;
      const work = buttonIndex === 0 ? openReflection(sprintId) : startAnother();
      logFailure(work.then(() => browser.notifications.clear(notificationId)));
    });
  }
  reconcile();
}

/** "Another sprint" from the notification: same goal and competency, the settings' length. */
async function startAnother(): Promise<void> {
  const state = await loadTimerState();
  const last = state.phase === 'ended' ? state.sprint : undefined;
  await startSprint({ goal: last?.goal ?? '', ...(last?.competencyId ? { competencyId: last.competencyId } : {}) });
}

function reconcile(): void {
  logFailure(dispatchSprint({ type: 'tick' }));
}

function logFailure(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.error('[commonplace] sprint timer', error));
}
