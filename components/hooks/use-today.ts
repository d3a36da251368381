import { useEffect, useState } from 'preact/hooks';
import { dayKey } from '../../domain/time';
import { addDays, startOfDay } from '../../domain/week';

/**
 * Today's day key in `timeZone`, which changes at local midnight while the page stays open, so
 * a summary left open overnight rolls over to the new day (and the new week) by itself.
 */
export function useToday(timeZone: string): string {
  const [today, setToday] = useState(() => dayKey(Date.now(), timeZone));
  // Bumped when a timer fires early (timers are not exact): schedules the next check.
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    const now = Date.now();
    const current = dayKey(now, timeZone);
    if (current !== today) {
      setToday(current);
      return;
    }
    const untilMidnight = startOfDay(addDays(current, 1), timeZone) - now;
    const timer = setTimeout(() => {
      const next = dayKey(Date.now(), timeZone);
      if (next !== today) setToday(next);
      else setChecks((count) => count + 1);
    }, untilMidnight + 50);
    return () => clearTimeout(timer);
  }, [today, timeZone, checks]);
  return today;
}
