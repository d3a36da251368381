import { describe, expect, it } from 'vitest';
import { nextDailyOccurrence, nextWeeklyOccurrence, parseTimeOfDay } from '../../../domain/reminder-schedule';

const at = (iso: string) => Date.parse(iso);

describe('nextDailyOccurrence', () => {
  it.each([
    // zone, now (UTC), time, expected (UTC), why
    ['Europe/Berlin', '2026-11-21T10:00:00Z', '18:00', '2026-11-21T17:00:00Z', 'later today (CET)'],
    ['Europe/Berlin', '2026-11-21T18:00:00Z', '18:00', '2026-11-22T17:00:00Z', 'passed today: tomorrow'],
    ['Europe/Berlin', '2026-11-21T17:00:00Z', '18:00', '2026-11-22T17:00:00Z', 'exactly now: tomorrow, never now'],
    ['Europe/Berlin', '2026-07-01T05:00:00Z', '18:00', '2026-07-01T16:00:00Z', 'summer (CEST)'],
    ['Europe/Berlin', '2026-03-28T18:00:00Z', '18:00', '2026-03-29T16:00:00Z', 'over the spring jump: 23 hours later'],
    ['Europe/Berlin', '2026-03-28T22:00:00Z', '02:30', '2026-03-29T01:30:00Z', '02:30 does not exist: 03:30 CEST'],
    ['Europe/Berlin', '2026-03-28T22:00:00Z', '03:00', '2026-03-29T01:00:00Z', 'first minute after the jump'],
    ['Europe/Berlin', '2026-10-24T17:00:00Z', '19:00', '2026-10-25T18:00:00Z', 'over the autumn fall-back: 25 hours later'],
    ['Europe/Berlin', '2026-10-24T22:00:00Z', '02:30', '2026-10-25T00:30:00Z', '02:30 happens twice: the first'],
    ['Europe/Berlin', '2026-10-25T00:45:00Z', '02:30', '2026-10-26T01:30:00Z', 'after the first 02:30: not again that night'],
    ['America/New_York', '2026-03-08T05:00:00Z', '02:15', '2026-03-08T07:15:00Z', '02:15 does not exist: 03:15 EDT'],
    ['America/New_York', '2026-03-08T05:00:00Z', '09:00', '2026-03-08T13:00:00Z', 'spring day, after the jump (EDT)'],
    ['America/New_York', '2026-11-01T04:00:00Z', '01:30', '2026-11-01T05:30:00Z', '01:30 happens twice: the first (EDT)'],
    ['America/New_York', '2026-11-01T04:00:00Z', '09:00', '2026-11-01T14:00:00Z', 'autumn day, after the fall-back (EST)'],
    ['America/New_York', '2026-11-21T04:30:00Z', '00:00', '2026-11-21T05:00:00Z', 'midnight, local date behind UTC'],
    ['UTC', '2026-12-31T23:59:00Z', '00:00', '2027-01-01T00:00:00Z', 'over the new year'],
  ])('%s at %s for %s -> %s (%s)', (zone, now, time, expected) => {
    expect(new Date(nextDailyOccurrence(at(now), zone, time)).toISOString()).toBe(new Date(at(expected)).toISOString());
  });

  it('is always strictly after now and within about a day', () => {
    const start = at('2026-03-27T00:00:00Z');
    for (let now = start; now < start + 4 * 86_400_000; now += 7 * 60_000) {
      const next = nextDailyOccurrence(now, 'Europe/Berlin', '02:30');
      expect(next).toBeGreaterThan(now);
      expect(next - now).toBeLessThanOrEqual(25 * 3_600_000);
    }
  });
});

describe('nextWeeklyOccurrence', () => {
  it.each([
    ['Europe/Berlin', '2026-11-21T10:00:00Z', 5, '16:00', '2026-11-27T15:00:00Z', 'Saturday -> next Friday'],
    ['Europe/Berlin', '2026-11-27T14:00:00Z', 5, '16:00', '2026-11-27T15:00:00Z', 'Friday before the time -> today'],
    ['Europe/Berlin', '2026-11-27T15:00:00Z', 5, '16:00', '2026-12-04T15:00:00Z', 'Friday at the time -> a week later'],
    ['America/New_York', '2026-10-31T12:00:00Z', 0, '09:00', '2026-11-01T14:00:00Z', 'Sunday of the fall-back'],
  ])('%s at %s, day %i %s -> %s (%s)', (zone, now, day, time, expected) => {
    expect(new Date(nextWeeklyOccurrence(at(now), zone, day, time)).toISOString()).toBe(new Date(at(expected)).toISOString());
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['00:00', 0],
    ['09:05', 545],
    ['23:59', 1439],
  ])('%s is %i minutes', (time, minutes) => expect(parseTimeOfDay(time)).toBe(minutes));

  it.each(['24:00', '9:00', '12:60', '', 'noon'])('refuses %j', (time) => expect(() => parseTimeOfDay(time)).toThrow(RangeError));
});
