/**
 * Weekly buckets with explicit instants, under two time zones passed as arguments, both week
 * starts, and the 2026 daylight-saving weeks (Europe: 29 March, 25 October; US: 8 March, 1 November).
 */
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../domain/time';
import { addDays, shiftWeek, startOfDay, weekContaining, weekdayOf, weekOfDay } from '../../../domain/week';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const HOUR = 3_600_000;
const SUNDAY = 0;
const MONDAY = 1;

describe('day keys', () => {
  it.each([
    ['2026-03-29', 0],
    ['2026-03-30', 1],
    ['2026-01-03', 6],
    ['2024-02-29', 4],
  ])('%s is weekday %i', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-28', 2, '2026-03-30'],
  ])('%s + %i days = %s', (day, count, expected) => {
    expect(addDays(day, count)).toBe(expected);
  });

  it.each([
    // 23:30 UTC on 28 March is 00:30 on the 29th in Berlin, still the 28th in New York.
    [Date.UTC(2026, 2, 28, 23, 30), BERLIN, '2026-03-29'],
    [Date.UTC(2026, 2, 28, 23, 30), NEW_YORK, '2026-03-28'],
    [Date.UTC(2026, 10, 2, 4, 59), NEW_YORK, '2026-11-01'],
    [Date.UTC(2026, 10, 2, 5, 0), NEW_YORK, '2026-11-02'],
  ])('instant %i is day %s… in %s', (instant, zone, day) => {
    expect(dayKey(instant, zone)).toBe(day);
  });
});

describe('start of day', () => {
  it.each([
    ['2026-03-29', BERLIN, Date.UTC(2026, 2, 28, 23)],
    ['2026-03-30', BERLIN, Date.UTC(2026, 2, 29, 22)],
    ['2026-10-25', BERLIN, Date.UTC(2026, 9, 24, 22)],
    ['2026-10-26', BERLIN, Date.UTC(2026, 9, 25, 23)],
    ['2026-03-08', NEW_YORK, Date.UTC(2026, 2, 8, 5)],
    ['2026-03-09', NEW_YORK, Date.UTC(2026, 2, 9, 4)],
    ['2026-11-01', NEW_YORK, Date.UTC(2026, 10, 1, 4)],
    ['2026-11-02', NEW_YORK, Date.UTC(2026, 10, 2, 5)],
  ])('%s begins in %s at the right instant', (day, zone, instant) => {
    expect(startOfDay(day, zone)).toBe(instant);
  });

  it('a day whose midnight is skipped begins at 01:00 (Santiago, 6 September 2026)', () => {
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(dayKey(start, 'America/Santiago')).toBe('2026-09-06');
    expect(dayKey(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});

describe('weeks', () => {
  it.each([
    // [instant, zone, week start, first day, hours in the week]
    [Date.UTC(2026, 2, 27, 12), BERLIN, MONDAY, '2026-03-23', 167],
    [Date.UTC(2026, 2, 27, 12), BERLIN, SUNDAY, '2026-03-22', 168],
    [Date.UTC(2026, 2, 29, 12), BERLIN, SUNDAY, '2026-03-29', 167],
    [Date.UTC(2026, 9, 25, 12), BERLIN, MONDAY, '2026-10-19', 169],
    [Date.UTC(2026, 9, 25, 12), BERLIN, SUNDAY, '2026-10-25', 169],
    [Date.UTC(2026, 2, 8, 12), NEW_YORK, SUNDAY, '2026-03-08', 167],
    [Date.UTC(2026, 2, 8, 12), NEW_YORK, MONDAY, '2026-03-02', 167],
    [Date.UTC(2026, 10, 1, 12), NEW_YORK, SUNDAY, '2026-11-01', 169],
    [Date.UTC(2026, 10, 1, 12), NEW_YORK, MONDAY, '2026-10-26', 169],
    [Date.UTC(2026, 5, 10, 12), NEW_YORK, MONDAY, '2026-06-08', 168],
    // Saturday weeks, and the turn of the year.
    [Date.UTC(2026, 0, 1, 12), BERLIN, 6, '2025-12-27', 168],
  ])('instant %i in %s, week start %i: week of %s lasting %i hours', (instant, zone, weekStart, first, hours) => {
    const week = weekContaining(instant, zone, weekStart);
    expect(week.days).toHaveLength(7);
    expect(week.days[0]).toBe(first);
    expect(week.days[6]).toBe(addDays(first, 6));
    expect(week.start).toBe(startOfDay(first, zone));
    expect((week.end - week.start) / HOUR).toBe(hours);
    expect(week.start <= instant && instant < week.end).toBe(true);
  });

  it.each([BERLIN, NEW_YORK])('the last millisecond of a week belongs to it and the next one to the next week (%s)', (zone) => {
    const week = weekOfDay('2026-10-28', zone, MONDAY);
    expect(weekContaining(week.end - 1, zone, MONDAY).days).toEqual(week.days);
    expect(weekContaining(week.end, zone, MONDAY).days).toEqual(shiftWeek(week, 1).days);
  });

  it('previous and next weeks are adjacent, with no gap or overlap across a DST change', () => {
    const week = weekOfDay('2026-03-29', BERLIN, MONDAY);
    const before = shiftWeek(week, -1);
    const after = shiftWeek(week, 1);
    expect(before.end).toBe(week.start);
    expect(after.start).toBe(week.end);
    expect(before.days[0]).toBe('2026-03-16');
    expect(after.days[0]).toBe('2026-03-30');
    expect(shiftWeek(after, -1)).toEqual(week);
  });
});
