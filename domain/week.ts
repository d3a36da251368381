/**
 * Weekly buckets: the one place that knows how a week is cut out of time for a learner's time
 * zone and week start. Pure: instants are epoch-ms arguments, the zone is an IANA name, and only
 * `Intl` is consulted. Calendar days are `YYYY-MM-DD` keys; a week is always seven of them, while
 * its length in hours is 167, 168 or 169 when a daylight-saving change falls inside it.
 */
import { dayKey, zoneOffsetMs } from './time';

export interface Week {
  /** The seven local day keys of the week, first day first. */
  days: string[];
  /** The instant the first day begins in `timeZone` (inclusive). */
  start: number;
  /** The instant the day after the last one begins (exclusive). */
  end: number;
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number;
}

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

function formatDay(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** The day key `count` calendar days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  return formatDay(parseDay(day) + count * DAY_MS);
}

/** Day of the week of a day key: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(parseDay(day)).getUTCDay();
}

/**
 * The instant `day` begins in `timeZone`: local midnight, or the first instant of the day where a
 * daylight-saving change skips midnight.
 */
export function startOfDay(day: string, timeZone: string): number {
  const midnightAsUtc = parseDay(day);
  // Two passes: the offset at the first guess may differ from the offset at local midnight.
  let instant = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  instant = midnightAsUtc - zoneOffsetMs(instant, timeZone);
  // Midnight skipped (clocks jump from 23:59 to 01:00): the day begins an hour later.
  while (dayKey(instant, timeZone) < day) instant += 3_600_000;
  return instant;
}

/** The week (for `timeZone` and `weekStart`) that contains the local day `day`. */
export function weekOfDay(day: string, timeZone: string, weekStart: number): Week {
  const first = addDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
  const days = Array.from({ length: 7 }, (_, index) => addDays(first, index));
  return {
    days,
    start: startOfDay(first, timeZone),
    end: startOfDay(addDays(first, 7), timeZone),
    timeZone,
    weekStart,
  };
}

/** The week (for `timeZone` and `weekStart`) that contains the instant `epochMs`. */
export function weekContaining(epochMs: number, timeZone: string, weekStart: number): Week {
  return weekOfDay(dayKey(epochMs, timeZone), timeZone, weekStart);
}

/** The week `count` weeks after `week` (before, when negative), same zone and week start. */
export function shiftWeek(week: Week, count: number): Week {
  return weekOfDay(addDays(week.days[0] ?? '', 7 * count), week.timeZone, week.weekStart);
}

/** Whether an instant falls inside the week. */
export function isInWeek(week: Week, epochMs: number): boolean {
  return epochMs >= week.start && epochMs < week.end;
}
