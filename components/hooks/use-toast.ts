import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface ToastContent {
  text: string;
  /** One optional action, e.g. Undo. */
  action?: { label: string; run: () => void };
}

export interface ToastState {
  /** Changes with every `show`, so the same words shown twice are announced twice. */
  id: number;
  content: ToastContent;
}

export interface ToastControls {
  toast: ToastState | undefined;
  show: (content: ToastContent) => void;
  dismiss: () => void;
  /** Stops the countdown while the user is on the toast (WCAG 2.2.1: enough time to act). */
  pause: () => void;
  resume: () => void;
}

/** One toast at a time that hides itself `timeoutMs` after it was shown or last left. */
export function useToast(timeoutMs: number): ToastControls {
  const [toast, setToast] = useState<ToastState>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextId = useRef(1);

  const stopTimer = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const startTimer = useCallback(() => {
    stopTimer();
    timer.current = setTimeout(() => setToast(undefined), timeoutMs);
  }, [stopTimer, timeoutMs]);

  const show = useCallback(
    (content: ToastContent) => {
      setToast({ id: nextId.current++, content });
      startTimer();
    },
    [startTimer],
  );
  const dismiss = useCallback(() => {
    stopTimer();
    setToast(undefined);
  }, [stopTimer]);

  useEffect(() => stopTimer, [stopTimer]);
  return { toast, show, dismiss, pause: stopTimer, resume: startTimer };
}
