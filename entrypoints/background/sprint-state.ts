/**
 * The sprint timer's state in `storage.local`, under one key. It must survive the service worker
 * stopping and the browser restarting (alarms do not survive a restart, the state does).
 * Read back through zod: a corrupt or outdated value resets the timer to idle, never throws.
 */
import { browser } from 'wxt/browser';
import { IDLE, type TimerState } from '../../domain/timer';
import { EpochMsSchema, IdSchema } from '../../storage/schemas';
import { z } from '../../storage/zod';

export const TIMER_STATE_KEY = 'sprintTimer';

const DurationSchema = z.number().int().nonnegative();

const SprintPlanSchema = z.strictObject({
  sprintId: IdSchema,
  startedAt: EpochMsSchema,
  plannedMs: DurationSchema,
  extendedMs: DurationSchema,
  competencyId: IdSchema.optional(),
  goal: z.string().max(500),
});

export const TimerStateSchema = z.discriminatedUnion('phase', [
  z.strictObject({ phase: z.literal('idle') }),
  z.strictObject({
    phase: z.literal('running'),
    sprint: SprintPlanSchema,
    endsAt: z.number().int(),
    checkedAt: EpochMsSchema,
    rewoundMs: DurationSchema.optional(),
  }),
  z.strictObject({ phase: z.literal('paused'), sprint: SprintPlanSchema, remainingMs: DurationSchema }),
  z.strictObject({
    phase: z.literal('ended'),
    sprint: SprintPlanSchema,
    outcome: z.strictObject({ endedAt: EpochMsSchema, elapsedMs: DurationSchema, completed: z.boolean() }),
  }),
]);

/** Parses a stored value; anything unreadable is idle (with a warning), so the timer never wedges. */
export function parseTimerState(stored: unknown): TimerState {
  if (stored === undefined) return IDLE;
  const parsed = TimerStateSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('[commonplace] the stored sprint timer was unreadable; it was reset', parsed.error.issues[0]);
  return IDLE;
}

export async function loadTimerState(): Promise<TimerState> {
  return parseTimerState((await browser.storage.local.get(TIMER_STATE_KEY))[TIMER_STATE_KEY]);
}

export async function saveTimerState(state: TimerState): Promise<void> {
  await browser.storage.local.set({ [TIMER_STATE_KEY]: state });
}
