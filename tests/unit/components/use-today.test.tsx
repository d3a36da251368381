// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useToday } from '../../../components/hooks/use-today';

function Today({ timeZone }: { timeZone: string }) {
  return <p>{useToday(timeZone)}</p>;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useToday', () => {
  it.each([
    // zone, an instant shortly before local midnight, the day then, the day after
    ['Europe/Berlin', '2026-11-21T22:59:00Z', '2026-11-21', '2026-11-22'],
    ['America/New_York', '2026-11-22T04:59:00Z', '2026-11-21', '2026-11-22'],
    // The night clocks go back: the day is 25 hours long and still rolls over at its midnight.
    ['Europe/Berlin', '2026-10-25T22:59:00Z', '2026-10-25', '2026-10-26'],
  ])('in %s rolls over at local midnight while the page stays open', (timeZone, instant, before, after) => {
    vi.setSystemTime(new Date(instant));
    render(<Today timeZone={timeZone} />);
    expect(screen.getByText(before)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(59_000);
    });
    expect(screen.getByText(before)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(screen.getByText(after)).toBeTruthy();
  });

  it('a timer that fires early checks again instead of giving up', () => {
    vi.setSystemTime(new Date('2026-11-21T22:59:00Z'));
    render(<Today timeZone="Europe/Berlin" />);
    // The clock falls behind the timers (e.g. a suspended machine): the first timer finds the same day.
    vi.setSystemTime(new Date('2026-11-21T22:00:00Z'));
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText('2026-11-21')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(screen.getByText('2026-11-22')).toBeTruthy();
  });
});
