/**
 * The popup's view of the sprint timer. The background owns the timer; the popup asks for its
 * view (which reconciles it) and counts down locally from the reply with a monotonic clock, so
 * the display needs no message per second and ignores wall-clock jumps while it is open.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { replyErrorText } from '../../../components/error-text';
import type { TimerView } from '../../../domain/timer';
import { sendRequest } from '../../../messaging/client';
import type { PageRequest, SprintReply } from '../../../messaging/protocol';

/** Must match TIMER_STATE_KEY in the background's sprint-state.ts (not imported: it brings zod). */
const TIMER_STATE_KEY = 'sprintTimer';

type SprintRequest = Extract<PageRequest, { type: `sprint/${string}` }>;

export interface SprintModel {
  reply: SprintReply | undefined;
  /** Time left now, counted down locally from the last reply. */
  remainingMs: number;
  error: string | undefined;
  busy: boolean;
  send: (request: SprintRequest) => Promise<void>;
}

export function useSprint(): SprintModel {
  const [reply, setReply] = useState<SprintReply>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);
  const receivedAt = useRef(0);
  const refreshing = useRef(false);

  const send = useCallback(async (request: SprintRequest) => {
    setBusy(true);
    const answer = await sendRequest(request);
    setBusy(false);
    if (!answer.ok) {
      setError(replyErrorText(answer.error));
      return;
    }
    setError(undefined);
    receivedAt.current = performance.now();
    setReply(answer.value as SprintReply);
  }, []);

  const refresh = useCallback(async () => {
    if (refreshing.current) return;
    refreshing.current = true;
    await send({ type: 'sprint/get' });
    refreshing.current = false;
  }, [send]);

  useEffect(() => {
    void refresh();
    // The timer can change without the popup: an alarm ends the sprint, a notification starts one.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TIMER_STATE_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const timer = reply?.timer;
  const isRunning = timer?.phase === 'running';
  useEffect(() => {
    if (!isRunning) return;
    const interval = setInterval(() => setTick((count) => count + 1), 1_000);
    return () => clearInterval(interval);
  }, [isRunning]);

  const remainingMs = timer ? localRemaining(timer, receivedAt.current) : 0;
  // At zero, ask the background to reconcile rather than wait for its alarm.
  useEffect(() => {
    if (isRunning && remainingMs <= 0) void refresh();
  }, [isRunning, remainingMs, refresh]);

  return { reply, remainingMs, error, busy, send };
}

function localRemaining(timer: TimerView, receivedAt: number): number {
  if (timer.phase !== 'running') return timer.remainingMs;
  return Math.max(0, timer.remainingMs - (performance.now() - receivedAt));
}
