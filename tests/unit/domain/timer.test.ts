/** The sprint timer, driven by hand with explicit times. */
import { describe, expect, it } from 'vitest';
import {
  EXTEND_MS,
  IDLE,
  LATE_NOTICE_MS,
  MINUTE_MS,
  minutesLeft,
  nextMinuteBoundary,
  reduce,
  type TimerEvent,
  type TimerState,
  viewOf,
} from '../../../domain/timer';

const ID = '11111111-1111-4111-8111-111111111111';
const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = MINUTE_MS;
const start = (plannedMs = 15 * MIN): TimerEvent => ({ type: 'start', sprintId: ID, plannedMs, goal: 'Read the RFC' });

/** Runs `[event, at]` steps from idle and returns every transition. */
function run(steps: Array<[TimerEvent, number]>) {
  let state: TimerState = IDLE;
  return steps.map(([event, at]) => {
    const transition = reduce(state, event, at);
    state = transition.state;
    return transition;
  });
}
const last = <T>(items: T[]): T => items[items.length - 1] as T;
const types = (transition: { effects: Array<{ type: string }> }) => transition.effects.map((effect) => effect.type);

describe('basic transitions', () => {
  it('start runs a sprint with its deadline, alarm and badge', () => {
    const [started] = run([[start(), T0]]);
    expect(started?.state).toMatchObject({ phase: 'running', endsAt: T0 + 15 * MIN, checkedAt: T0 });
    expect(started?.effects).toEqual([
      { type: 'persist' },
      { type: 'schedule', endsAt: T0 + 15 * MIN, nextTickAt: T0 + MIN },
      { type: 'badge', minutesLeft: 15, paused: false },
    ]);
  });

  it.each([
    ['a tick before the deadline keeps it running', T0 + 5 * MIN + 30_000, 'running', 10],
    ['a tick at the deadline completes it', T0 + 15 * MIN, 'ended', 0],
    ['a late alarm completes it with no more than the planned time', T0 + 16 * MIN, 'ended', 0],
  ])('%s', (_, at, phase, badge) => {
    const transition = last(
      run([
        [start(), T0],
        [{ type: 'tick' }, at],
      ]),
    );
    expect(transition.state.phase).toBe(phase);
    if (phase === 'running') expect(transition.effects).toContainEqual({ type: 'badge', minutesLeft: badge, paused: false });
    else {
      expect(transition.effects).toContainEqual({
        type: 'record',
        sprint: {
          id: ID,
          startedAt: T0,
          endedAt: T0 + 15 * MIN,
          plannedMs: 15 * MIN,
          elapsedMs: 15 * MIN,
          completed: true,
          goal: 'Read the RFC',
        },
      });
      expect(types(transition)).toEqual(['record', 'persist', 'clearAlarms', 'clearBadge', 'notify']);
    }
  });

  it('a second tick after completion records and notifies nothing (compare-and-set)', () => {
    const [, , again] = run([
      [start(), T0],
      [{ type: 'tick' }, T0 + 15 * MIN],
      [{ type: 'tick' }, T0 + 15 * MIN + 1],
    ]);
    expect(again?.effects).toEqual([]);
  });

  it('a sprint that ended long before the browser came back is recorded quietly', () => {
    const late = last(
      run([
        [start(), T0],
        [{ type: 'tick' }, T0 + 15 * MIN + LATE_NOTICE_MS + 1],
      ]),
    );
    expect(types(late)).toEqual(['record', 'persist', 'clearAlarms', 'clearBadge']);
  });

  it('pause keeps the time left; resume sets a new deadline from it', () => {
    const [, paused, resumed] = run([
      [start(), T0],
      [{ type: 'pause' }, T0 + 4 * MIN],
      [{ type: 'resume' }, T0 + 30 * MIN],
    ]);
    expect(paused?.state).toMatchObject({ phase: 'paused', remainingMs: 11 * MIN });
    expect(types(paused ?? { effects: [] })).toEqual(['clearAlarms', 'persist', 'badge']);
    expect(resumed?.state).toMatchObject({ phase: 'running', endsAt: T0 + 41 * MIN });
  });

  it('stop early records the partial time, without a notification', () => {
    const stopped = last(
      run([
        [start(), T0],
        [{ type: 'pause' }, T0 + 4 * MIN],
        [{ type: 'resume' }, T0 + 10 * MIN],
        [{ type: 'stop' }, T0 + 13 * MIN],
      ]),
    );
    expect(stopped.state).toMatchObject({ phase: 'ended', outcome: { elapsedMs: 7 * MIN, completed: false } });
    expect(stopped.effects).toContainEqual(
      expect.objectContaining({ type: 'record', sprint: expect.objectContaining({ elapsedMs: 7 * MIN, completed: false }) }),
    );
    expect(types(stopped)).not.toContain('notify');
  });

  it('extend adds five minutes to the deadline and the planned time', () => {
    const extended = last(
      run([
        [start(), T0],
        [{ type: 'extend' }, T0 + 14 * MIN],
      ]),
    );
    expect(extended.state).toMatchObject({ endsAt: T0 + 20 * MIN, sprint: { extendedMs: EXTEND_MS } });
    const done = reduce(extended.state, { type: 'tick' }, T0 + 20 * MIN);
    expect(done.effects).toContainEqual(
      expect.objectContaining({ type: 'record', sprint: expect.objectContaining({ plannedMs: 20 * MIN, elapsedMs: 20 * MIN }) }),
    );
  });

  it('start while a sprint runs is ignored; start from ended begins the next one', () => {
    const steps = run([
      [start(), T0],
      [{ ...start(), sprintId: 'other' } as TimerEvent, T0 + MIN],
    ]);
    expect(last(steps).state).toMatchObject({ sprint: { sprintId: ID } });
    const next = reduce(
      {
        ...last(
          run([
            [start(), T0],
            [{ type: 'stop' }, T0 + MIN],
          ]),
        ).state,
      },
      { ...start(), sprintId: 'next' } as TimerEvent,
      T0 + 2 * MIN,
    );
    expect(next.state).toMatchObject({ phase: 'running', sprint: { sprintId: 'next' } });
  });

  it('dismiss leaves an ended sprint for idle', () => {
    const dismissed = last(
      run([
        [start(), T0],
        [{ type: 'stop' }, T0 + MIN],
        [{ type: 'dismiss' }, T0 + 2 * MIN],
      ]),
    );
    expect(dismissed.state).toEqual(IDLE);
  });
});

describe('clock moves', () => {
  it('backwards: the deadline moves back with the clock, so the time left stays', () => {
    const back = last(
      run([
        [start(), T0],
        [{ type: 'tick' }, T0 + 5 * MIN],
        [{ type: 'tick' }, T0 - 60 * MIN],
      ]),
    );
    expect(back.state).toMatchObject({ phase: 'running', endsAt: T0 - 50 * MIN, checkedAt: T0 - 60 * MIN });
    expect(viewOf(back.state, T0 - 60 * MIN).remainingMs).toBe(10 * MIN);
  });

  it('backwards then stop: no negative time', () => {
    const stopped = last(
      run([
        [start(), T0],
        [{ type: 'tick' }, T0 + 5 * MIN],
        [{ type: 'stop' }, T0 - 60 * MIN],
      ]),
    );
    expect(stopped.state).toMatchObject({ outcome: { elapsedMs: 5 * MIN } });
  });

  it.each([
    ['corrected within the minute', 60 * MIN, 5 * MIN + 30_000, 9 * MIN + 30_000],
    ['corrected after a quarter of an hour back', 15 * MIN, 6 * MIN, 9 * MIN],
    ['corrected to the second', 60 * MIN, 5 * MIN, 10 * MIN],
  ])('backwards by an hour then put right (%s): no free time, the sprint runs on', (_name, back, correctedAt, left) => {
    const steps = run([
      [start(), T0],
      [{ type: 'tick' }, T0 + 5 * MIN],
      [{ type: 'tick' }, T0 + 5 * MIN - back],
      [{ type: 'tick' }, T0 + correctedAt],
    ]);
    const corrected = last(steps);
    expect(corrected.state).toMatchObject({ phase: 'running' });
    expect(viewOf(corrected.state, T0 + correctedAt).remainingMs).toBe(left);
    expect(corrected.effects.some((effect) => effect.type === 'record')).toBe(false);
  });

  it('backwards and never put right: the sprint still ends after its length of real time', () => {
    const steps = run([
      [start(), T0],
      [{ type: 'tick' }, T0 + 5 * MIN],
      // The clock is now an hour behind for good; checks keep coming every minute.
      ...Array.from({ length: 10 }, (_, i): [TimerEvent, number] => [{ type: 'tick' }, T0 - 55 * MIN + i * MIN]),
      [{ type: 'tick' }, T0 - 45 * MIN],
    ]);
    expect(last(steps).state).toMatchObject({ phase: 'ended', outcome: { elapsedMs: 15 * MIN, completed: true } });
  });

  it('forwards by a day: completes with exactly the planned time', () => {
    const jumped = last(
      run([
        [start(), T0],
        [{ type: 'stop' }, T0 + 24 * 60 * MIN],
      ]),
    );
    expect(jumped.state).toMatchObject({ phase: 'ended', outcome: { elapsedMs: 15 * MIN, completed: true } });
  });
});

describe('badge minutes', () => {
  it.each([
    [15 * MIN, 15],
    [14 * MIN + 1, 15],
    [14 * MIN, 14],
    [1, 1],
    [0, 0],
  ])('%i ms left reads %i', (remaining, minutes) => {
    expect(minutesLeft(remaining)).toBe(minutes);
  });

  it.each([
    [T0 + 15 * MIN, T0, T0 + MIN],
    [T0 + 15 * MIN, T0 + 30_000, T0 + MIN],
    [T0 + 15 * MIN, T0 + MIN, T0 + 2 * MIN],
    [T0 + 15 * MIN, T0 + 14 * MIN, undefined],
    [T0 + 3_000, T0, undefined],
  ])('deadline %i seen at %i refreshes next at %s', (endsAt, now, next) => {
    expect(nextMinuteBoundary(endsAt, now)).toBe(next);
  });
});
