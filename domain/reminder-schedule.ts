/**
 * When a reminder at a local time of day fires next. Pure: `now` and the time zone are
 * arguments. Daylight-saving days are handled explicitly: a time that does not exist that day
 * (clocks jump forward over it) moves forward by the jump; a time that happens twice (clocks
 * fall back) fires at its first occurrence.
 */

import { zoneOffsetMs } from './time';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Minutes between UTC and local time in `timeZone` at `epochMs` (east of UTC is positive). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(epochMs, timeZone) / MINUTE_MS);
}

/** The calendar date of `epochMs` in `timeZone`. */
function localDate(epochMs: number, timeZone: string): LocalDate {
  const offset = zoneOffsetMinutes(epochMs, timeZone);
  const shifted = new Date(epochMs + offset * MINUTE_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Parses `HH:MM` into minutes after midnight; throws on anything else. */
export function parseTimeOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` after midnight on `date`.
 * Gap (spring forward): the same wall time shifted forward by the jump. Overlap (fall back):
 * the earlier of the two instants.
 */
export function localTimeToInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // Offsets in force a day either side cover both sides of any transition on this date.
  const before = zoneOffsetMinutes(wallAsUtc - DAY_MS, timeZone);
  const after = zoneOffsetMinutes(wallAsUtc + DAY_MS, timeZone);
  const valid = [before, after]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => wallAsUtc - zoneOffsetMinutes(instant, timeZone) * MINUTE_MS === instant);
  if (valid.length > 0) return Math.min(...valid);
  // Neither offset gives this wall time: it falls in the gap. Reading it with the offset from
  // before the jump lands the same distance past the jump.
  return wallAsUtc - before * MINUTE_MS;
}

/** The next instant strictly after `now` at which the local time in `timeZone` is `time` (`HH:MM`). */
export function nextDailyOccurrence(now: number, timeZone: string, time: string): number {
  const minutes = parseTimeOfDay(time);
  const today = localDate(now, timeZone);
  for (let offsetDays = 0; offsetDays < 3; offsetDays++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offsetDays));
    const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    const instant = localTimeToInstant(date, minutes, timeZone);
    if (instant > now) return instant;
  }
  // Unreachable for real zones (tomorrow's occurrence is always after now); keep the type total.
  throw new RangeError(`No occurrence of ${time} in ${timeZone} after ${now}`);
}

/** The next instant strictly after `now` on `weekday` (0 = Sunday) at local `time` in `timeZone`. */
export function nextWeeklyOccurrence(now: number, timeZone: string, weekday: number, time: string): number {
  let candidate = nextDailyOccurrence(now, timeZone, time);
  for (let i = 0; i < 7; i++) {
    const { year, month, day } = localDate(candidate, timeZone);
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return candidate;
    candidate = nextDailyOccurrence(candidate, timeZone, time);
  }
  throw new RangeError(`Not a weekday: ${weekday}`);
}
