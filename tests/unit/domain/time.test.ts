import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../domain/time';

describe('dayKey', () => {
  it.each([
    // Berlin is UTC+1 in winter, UTC+2 in summer.
    ['Berlin, 22:59 UTC in winter is 23:59 local', '2024-01-15T22:59:59Z', 'Europe/Berlin', '2024-01-15'],
    ['Berlin, 23:00 UTC in winter is the next day', '2024-01-15T23:00:00Z', 'Europe/Berlin', '2024-01-16'],
    ['Berlin, 21:59 UTC in summer', '2024-07-01T21:59:59Z', 'Europe/Berlin', '2024-07-01'],
    ['Berlin, 22:00 UTC in summer is the next day', '2024-07-01T22:00:00Z', 'Europe/Berlin', '2024-07-02'],
    // New York is UTC-5 in winter, UTC-4 in summer.
    ['New York, 04:59 UTC in winter is the day before', '2024-01-16T04:59:59Z', 'America/New_York', '2024-01-15'],
    ['New York, 05:00 UTC in winter', '2024-01-16T05:00:00Z', 'America/New_York', '2024-01-16'],
    ['New York, 03:59 UTC in summer is the day before', '2024-07-02T03:59:59Z', 'America/New_York', '2024-07-01'],
    ['New York, New Year in UTC is still last year', '2025-01-01T00:30:00Z', 'America/New_York', '2024-12-31'],
    ['Berlin, spring-forward night', '2024-03-31T00:30:00Z', 'Europe/Berlin', '2024-03-31'],
    ['New York, fall-back night', '2024-11-03T05:30:00Z', 'America/New_York', '2024-11-03'],
    ['Tokyo, ahead of UTC', '2024-02-28T15:00:00Z', 'Asia/Tokyo', '2024-02-29'],
    ['leap day in UTC', '2024-02-29T12:00:00Z', 'UTC', '2024-02-29'],
    ['Kiritimati, UTC+14', '2024-06-30T10:00:00Z', 'Pacific/Kiritimati', '2024-07-01'],
    ['epoch', '1970-01-01T00:00:00Z', 'UTC', '1970-01-01'],
  ])('%s', (_name, instant, timeZone, expected) => {
    expect(dayKey(Date.parse(instant), timeZone)).toBe(expected);
  });
});
