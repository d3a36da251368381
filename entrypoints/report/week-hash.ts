/** The report's address: `report.html#week=YYYY-MM-DD` names any day of the week to show. */
import { useEffect, useState } from 'preact/hooks';

const PATTERN = /^#week=(\d{4}-\d{2}-\d{2})$/;

/** The day named by a hash, or undefined when it names none (or an impossible date). */
export function parseWeekHash(hash: string): string | undefined {
  const day = PATTERN.exec(hash)?.[1];
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}

export function weekHash(day: string): string {
  return `#week=${day}`;
}

/** The day in the current hash, following navigation. */
export function useWeekHash(): string | undefined {
  const [day, setDay] = useState(() => parseWeekHash(location.hash));
  useEffect(() => {
    const onChange = () => setDay(parseWeekHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return day;
}
