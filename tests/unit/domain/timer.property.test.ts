/**
 * The sprint timer over thousands of random event sequences (seeded, so a failure replays):
 * user actions, alarms early and late, worker restarts (re-reduce from the persisted state)
 * and clock jumps both ways, checked against the timer's invariants.
 */
import { expect, it } from 'vitest';
import { IDLE, MINUTE_MS, reduce, type SprintRecord, type TimerEvent, type TimerState } from '../../../domain/timer';

const SEQUENCES = 2_500;
const STEPS = 40;

/** mulberry32: a small, well-mixed seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Time left as the learner sees it. */
function remaining(state: TimerState, now: number): number {
  if (state.phase === 'running') return state.endsAt - now;
  if (state.phase === 'paused') return state.remainingMs;
  return 0;
}
/** A plain check: `expect` in a loop of 100,000 steps costs seconds. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

const totalOf = (state: TimerState) => (state.phase === 'idle' ? 0 : state.sprint.plannedMs + state.sprint.extendedMs);
const elapsedOf = (state: TimerState, now: number) =>
  state.phase === 'ended' ? state.outcome.elapsedMs : state.phase === 'idle' ? 0 : totalOf(state) - remaining(state, now);

type Step = { kind: 'event'; event: TimerEvent } | { kind: 'restart' } | { kind: 'wait' };

function randomStep(random: () => number, sprintNumber: number): Step {
  const pick = random();
  if (pick < 0.1)
    return {
      kind: 'event',
      event: { type: 'start', sprintId: `s${sprintNumber}`, plannedMs: (5 + Math.floor(random() * 116)) * MINUTE_MS },
    };
  if (pick < 0.2) return { kind: 'event', event: { type: 'pause' } };
  if (pick < 0.3) return { kind: 'event', event: { type: 'resume' } };
  if (pick < 0.35) return { kind: 'event', event: { type: 'stop' } };
  if (pick < 0.45) return { kind: 'event', event: { type: 'extend' } };
  if (pick < 0.5) return { kind: 'event', event: { type: 'dismiss' } };
  if (pick < 0.8) return { kind: 'event', event: { type: 'tick' } };
  if (pick < 0.9) return { kind: 'restart' };
  return { kind: 'wait' };
}

/** The clock between steps: mostly small moves, sometimes an alarm long overdue or a jump back. */
function advance(random: () => number, now: number): number {
  const pick = random();
  if (pick < 0.6) return now + Math.floor(random() * 3 * MINUTE_MS);
  if (pick < 0.75) return now + Math.floor(random() * 200 * MINUTE_MS);
  if (pick < 0.9) return now - Math.floor(random() * 60 * MINUTE_MS);
  return now;
}

it(`keeps its invariants over ${SEQUENCES} random sequences`, () => {
  for (let seed = 1; seed <= SEQUENCES; seed += 1) {
    const random = prng(seed);
    let state: TimerState = IDLE;
    let now = Date.UTC(2025, 0, 6, 8) + Math.floor(random() * 1e9);
    let observedAt = now;
    let started = 0;
    const records = new Map<string, SprintRecord[]>();
    const notices = new Map<string, number>();
    const context = (step: number) => `seed ${seed}, step ${step}`;

    const apply = (event: TimerEvent, step: number) => {
      const before = state;
      const remainingBefore = remaining(before, observedAt);
      const elapsedBefore = elapsedOf(before, observedAt);
      const { state: after, effects } = reduce(before, event, now);
      const where = `${context(step)}: ${event.type} in ${before.phase}`;
      for (const effect of effects) {
        if (effect.type === 'record') records.set(effect.sprint.id, [...(records.get(effect.sprint.id) ?? []), effect.sprint]);
        if (effect.type === 'notify') {
          notices.set(effect.sprintId, (notices.get(effect.sprintId) ?? 0) + 1);
          check(
            effects.some((other) => other.type === 'record'),
            `${where}: notify without record`,
          );
        }
      }
      if (after.phase !== 'idle') {
        const elapsed = elapsedOf(after, now);
        check(elapsed >= 0 && elapsed <= totalOf(after), `${where}: elapsed ${elapsed} outside [0, ${totalOf(after)}]`);
      }
      const isSameSprint = before.phase !== 'idle' && after.phase !== 'idle' && before.sprint.sprintId === after.sprint.sprintId;
      if (isSameSprint && after.phase !== 'ended') {
        // Only start and extend may give time back; resume continues from exactly where pause left.
        if (event.type === 'extend' && remaining(after, now) > remainingBefore) {
          check(remaining(after, now) - remainingBefore <= 5 * MINUTE_MS, `${where}: extend gave more than 5 min`);
        } else {
          check(remaining(after, now) <= remainingBefore, `${where}: remaining grew ${remainingBefore} -> ${remaining(after, now)}`);
        }
      }
      // Time already learned is never taken back (no negative time).
      if (isSameSprint) check(elapsedOf(after, now) >= elapsedBefore, `${where}: elapsed went back`);
      if (event.type === 'start' && after.phase === 'running' && after.sprint.sprintId === event.sprintId && before.phase !== 'running')
        started += 1;
      state = after;
      observedAt = now;
    };

    for (let step = 0; step < STEPS; step += 1) {
      const next = randomStep(random, started);
      if (next.kind === 'restart') state = JSON.parse(JSON.stringify(state)) as TimerState;
      else if (next.kind === 'event') apply(next.event, step);
      now = advance(random, now);
    }
    // The end of the story: whatever is running eventually ends.
    if (state.phase === 'paused') apply({ type: 'resume' }, STEPS);
    now += 1_000 * MINUTE_MS;
    apply({ type: 'tick' }, STEPS + 1);
    apply({ type: 'tick' }, STEPS + 2);

    const where = context(STEPS);
    check(records.size === started, `${where}: ${started} sprints started, ${records.size} recorded`);
    for (const [id, recorded] of records) {
      check(recorded.length === 1, `${where}: ${id} recorded ${recorded.length} times`);
      const [record] = recorded as [SprintRecord];
      check(record.elapsedMs >= 0 && record.elapsedMs <= record.plannedMs, `${where}: ${id} elapsed ${record.elapsedMs}`);
      if (record.completed) check(record.elapsedMs === record.plannedMs, `${where}: ${id} completed short`);
      const noticeCount = notices.get(id) ?? 0;
      check(noticeCount <= 1 && (noticeCount === 0 || record.completed), `${where}: ${id} notified ${noticeCount} times`);
    }
  }
  expect(SEQUENCES).toBeGreaterThanOrEqual(2_000);
});
