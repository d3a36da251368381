/**
 * The learning-sprint timer: a pure state machine. The background adapter
 * (entrypoints/background/sprint-runtime.ts) persists the state, feeds events in with the
 * current time and runs the effects; nothing here reads a clock.
 *
 *                 start
 *   ┌──────┐  ─────────────►  ┌─────────┐  pause   ┌────────┐
 *   │ idle │                  │ running │ ───────► │ paused │
 *   └──────┘                  │         │ ◄─────── │        │
 *      ▲                      └─────────┘  resume  └────────┘
 *      │ dismiss          tick at/after │ stop           │ stop
 *      │                       deadline ▼                ▼
 *   ┌───────┐  ◄──────────────────────────────────────────┘
 *   │ ended │  (start from `ended` begins the next sprint)
 *   └───────┘
 *
 * extend (+5 min) works in running and paused; tick (an alarm, worker start, browser start,
 * popup open) only reconciles. Every transition into `ended` is the one place a sprint is
 * recorded, so completion is a compare-and-set: a second tick finds `ended` and does nothing.
 *
 * Time: a running sprint stores its deadline (`endsAt`); the countdown is `endsAt - now`.
 * `checkedAt` is the last instant the machine saw. If the clock moves backwards, the deadline
 * moves back by the same amount (re-anchoring) so remaining time never grows by itself and no
 * negative time is added; the amount is remembered (`rewoundMs`). When the clock later leaps
 * forwards by more than a running sprint's checks are ever apart (the clock being corrected),
 * the leap first undoes that re-anchoring, so a corrected jump never grants time that did not
 * pass. If it moves forwards past the deadline, the sprint completes with exactly its planned
 * length (plus extensions), never more.
 */

export const MINUTE_MS = 60_000;
export const EXTEND_MS = 5 * MINUTE_MS;
/** A sprint found ended longer ago than this (e.g. while the browser was closed) is recorded quietly. */
export const LATE_NOTICE_MS = 2 * MINUTE_MS;
/**
 * A running sprint is checked at least every minute (the badge's alarm): a forward leap longer
 * than this since the last check, after the clock went back, is taken as the clock being put
 * right, not as time that passed.
 */
export const CORRECTION_LEAP_MS = 2 * MINUTE_MS;

export interface SprintPlan {
  sprintId: string;
  startedAt: number;
  /** The length chosen at start. */
  plannedMs: number;
  /** Sum of the +5 min extensions. */
  extendedMs: number;
  competencyId?: string;
  goal: string;
}

export interface SprintOutcome {
  endedAt: number;
  elapsedMs: number;
  completed: boolean;
}

export type TimerState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      sprint: SprintPlan;
      endsAt: number;
      checkedAt: number;
      /** How far backward clock moves have moved the deadline back, not yet undone by a correction. */
      rewoundMs?: number;
    }
  | { phase: 'paused'; sprint: SprintPlan; remainingMs: number }
  | { phase: 'ended'; sprint: SprintPlan; outcome: SprintOutcome };

export type TimerEvent =
  | { type: 'start'; sprintId: string; plannedMs: number; competencyId?: string; goal?: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'extend' }
  | { type: 'dismiss' }
  | { type: 'tick' };

/** What a sprint looks like once recorded (the `sprints` table adds its day key). */
export interface SprintRecord {
  id: string;
  startedAt: number;
  endedAt: number;
  /** Planned length including extensions. */
  plannedMs: number;
  elapsedMs: number;
  completed: boolean;
  competencyId?: string;
  goal: string;
}

export type TimerEffect =
  /** Record the sprint (idempotent by id); emitted only on the transition into `ended`. */
  | { type: 'record'; sprint: SprintRecord }
  /** Save the new state. Comes after `record` and before `notify`: a crash in between re-records (harmless), never re-notifies. */
  | { type: 'persist' }
  | { type: 'notify'; sprintId: string }
  /** (Re)create the end alarm, and the next badge refresh when a minute boundary comes first. */
  | { type: 'schedule'; endsAt: number; nextTickAt?: number }
  | { type: 'clearAlarms' }
  | { type: 'badge'; minutesLeft: number; paused: boolean }
  | { type: 'clearBadge' };

export interface Transition {
  state: TimerState;
  effects: TimerEffect[];
}

export const IDLE: TimerState = { phase: 'idle' };

const unchanged = (state: TimerState): Transition => ({ state, effects: [] });

/** Applies one event at instant `now` (epoch ms). */
export function reduce(state: TimerState, event: TimerEvent, now: number): Transition {
  const current = state.phase === 'running' ? reanchor(state, now) : state;
  switch (event.type) {
    case 'start':
      return start(current, event, now);
    case 'tick':
      return reconcileFirst(current, now);
    case 'pause':
      if (current.phase !== 'running' || isDue(current, now)) return reconcileFirst(current, now);
      return enter({ phase: 'paused', sprint: current.sprint, remainingMs: current.endsAt - now }, now, [{ type: 'clearAlarms' }]);
    case 'resume':
      if (current.phase !== 'paused') return reconcileFirst(current, now);
      return runningAt({ phase: 'running', sprint: current.sprint, endsAt: now + current.remainingMs, checkedAt: now }, now);
    case 'extend':
      return extend(current, now);
    case 'stop':
      if (current.phase === 'running' && !isDue(current, now)) return end(current.sprint, current.endsAt - now, now, false);
      if (current.phase === 'paused') return end(current.sprint, current.remainingMs, now, false);
      return reconcileFirst(current, now);
    case 'dismiss':
      return current.phase === 'ended' ? { state: IDLE, effects: [{ type: 'persist' }] } : reconcileFirst(current, now);
  }
}

function start(current: TimerState, event: Extract<TimerEvent, { type: 'start' }>, now: number): Transition {
  if (current.phase === 'running' || current.phase === 'paused') return reconcileFirst(current, now);
  if (!(event.plannedMs > 0)) return unchanged(current);
  const sprint: SprintPlan = {
    sprintId: event.sprintId,
    startedAt: now,
    plannedMs: event.plannedMs,
    extendedMs: 0,
    goal: event.goal ?? '',
    ...(event.competencyId ? { competencyId: event.competencyId } : {}),
  };
  return runningAt({ phase: 'running', sprint, endsAt: now + event.plannedMs, checkedAt: now }, now);
}

function extend(current: TimerState, now: number): Transition {
  if (current.phase === 'running' && !isDue(current, now)) {
    const sprint = { ...current.sprint, extendedMs: current.sprint.extendedMs + EXTEND_MS };
    return runningAt({ ...current, sprint, endsAt: current.endsAt + EXTEND_MS }, now);
  }
  if (current.phase === 'paused') {
    const sprint = { ...current.sprint, extendedMs: current.sprint.extendedMs + EXTEND_MS };
    return enter({ phase: 'paused', sprint, remainingMs: current.remainingMs + EXTEND_MS }, now, []);
  }
  return reconcileFirst(current, now);
}

/**
 * Reconciles a running sprint with the clock (a due sprint completes; a re-anchored deadline is
 * saved). A user action that does not apply in the current phase does just this.
 */
function reconcileFirst(current: TimerState, now: number): Transition {
  return current.phase === 'running' ? runningAt(current, now) : unchanged(current);
}

function isDue(state: Extract<TimerState, { phase: 'running' }>, now: number): boolean {
  return now >= state.endsAt;
}

/**
 * A backwards clock moves the deadline back with it, so the time left stays what it was; a later
 * leap forwards (the clock corrected) moves it forward again by as much, and no more.
 */
function reanchor(state: Extract<TimerState, { phase: 'running' }>, now: number): Extract<TimerState, { phase: 'running' }> {
  const rewound = state.rewoundMs ?? 0;
  if (now < state.checkedAt) {
    const back = state.checkedAt - now;
    return { ...state, endsAt: state.endsAt - back, checkedAt: now, rewoundMs: rewound + back };
  }
  const leap = now - state.checkedAt;
  if (rewound === 0 || leap <= CORRECTION_LEAP_MS) return state;
  const undone = Math.min(leap, rewound);
  const rest = rewound - undone;
  const { rewoundMs: _, ...plain } = state;
  return { ...plain, endsAt: state.endsAt + undone, ...(rest > 0 ? { rewoundMs: rest } : {}) };
}

/** A running state seen at `now`: completes it when due, otherwise keeps alarms and badge current. */
function runningAt(state: Extract<TimerState, { phase: 'running' }>, now: number): Transition {
  if (isDue(state, now)) {
    const transition = end(state.sprint, 0, state.endsAt, true);
    // Ended long ago (browser closed, machine asleep): record it, but a late pop-up would only confuse.
    if (now - state.endsAt <= LATE_NOTICE_MS) transition.effects.push({ type: 'notify', sprintId: state.sprint.sprintId });
    return transition;
  }
  const next = { ...state, checkedAt: Math.max(state.checkedAt, now) };
  return enter(next, now, []);
}

function enter(state: Extract<TimerState, { phase: 'running' | 'paused' }>, now: number, first: TimerEffect[]): Transition {
  const remainingMs = state.phase === 'running' ? state.endsAt - now : state.remainingMs;
  const effects: TimerEffect[] = [...first, { type: 'persist' }];
  if (state.phase === 'running') {
    const nextTickAt = nextMinuteBoundary(state.endsAt, now);
    effects.push({ type: 'schedule', endsAt: state.endsAt, ...(nextTickAt === undefined ? {} : { nextTickAt }) });
  }
  effects.push({ type: 'badge', minutesLeft: minutesLeft(remainingMs), paused: state.phase === 'paused' });
  return { state, effects };
}

function end(sprint: SprintPlan, remainingMs: number, endedAt: number, completed: boolean): Transition {
  const totalMs = sprint.plannedMs + sprint.extendedMs;
  const elapsedMs = clamp(totalMs - remainingMs, 0, totalMs);
  const outcome: SprintOutcome = { endedAt, elapsedMs, completed };
  const record: SprintRecord = {
    id: sprint.sprintId,
    startedAt: sprint.startedAt,
    endedAt: Math.max(endedAt, sprint.startedAt),
    plannedMs: totalMs,
    elapsedMs,
    completed,
    goal: sprint.goal,
    ...(sprint.competencyId ? { competencyId: sprint.competencyId } : {}),
  };
  return {
    state: { phase: 'ended', sprint, outcome },
    effects: [{ type: 'record', sprint: record }, { type: 'persist' }, { type: 'clearAlarms' }, { type: 'clearBadge' }],
  };
}

/** Whole minutes left as the badge shows them: 14:01 left reads "15". */
export function minutesLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / MINUTE_MS));
}

/** The next instant before the deadline at which `minutesLeft` drops, if any. */
export function nextMinuteBoundary(endsAt: number, now: number): number | undefined {
  const steps = Math.ceil((endsAt - now) / MINUTE_MS) - 1;
  return steps >= 1 ? endsAt - steps * MINUTE_MS : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** What pages show: the countdown derived from the deadline at `now`. */
export interface TimerView {
  phase: TimerState['phase'];
  sprintId?: string;
  /** Planned length including extensions. */
  plannedMs: number;
  remainingMs: number;
  elapsedMs: number;
  endsAt?: number;
  goal: string;
  competencyId?: string;
  completed?: boolean;
}

/** The view of a state at `now` (call after reconciling, so a due sprint already reads `ended`). */
export function viewOf(state: TimerState, now: number): TimerView {
  if (state.phase === 'idle') return { phase: 'idle', plannedMs: 0, remainingMs: 0, elapsedMs: 0, goal: '' };
  const { sprint } = state;
  const plannedMs = sprint.plannedMs + sprint.extendedMs;
  const base = {
    sprintId: sprint.sprintId,
    plannedMs,
    goal: sprint.goal,
    ...(sprint.competencyId ? { competencyId: sprint.competencyId } : {}),
  };
  if (state.phase === 'ended') {
    return { ...base, phase: 'ended', remainingMs: 0, elapsedMs: state.outcome.elapsedMs, completed: state.outcome.completed };
  }
  const remainingMs = clamp(state.phase === 'running' ? state.endsAt - Math.max(now, state.checkedAt) : state.remainingMs, 0, plannedMs);
  return {
    ...base,
    phase: state.phase,
    remainingMs,
    elapsedMs: plannedMs - remainingMs,
    ...(state.phase === 'running' ? { endsAt: state.endsAt } : {}),
  };
}
