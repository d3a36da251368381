/**
 * Calendar arithmetic in a time zone. Pure: every instant is an epoch-ms argument and every zone
 * an IANA name (the runtime's zone where it is optional). The one place that reads wall clocks,
 * so weeks, day keys and reminders agree.
 */

const DAY_MS = 86_400_000;

// Building a formatter is far slower than using one: one per zone, reused.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The runtime's time zone (the browser's, in the extension). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The wall-clock time of `epochMs` in `timeZone`, written as if it were UTC (ms, whole seconds). */
export function wallClock(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (Berlin in summer: +7,200,000). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function dayKey(epochMs: number, timeZone: string = runtimeTimeZone()): string {
  const wall = wallClock(epochMs, timeZone);
  return new Date(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS)).toISOString().slice(0, 10);
}
