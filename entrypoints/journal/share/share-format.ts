/** Day labels for the Share section and the feedback list. */

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "21 Nov 2026" for the day key `2026-11-21` (a calendar day, so read it in UTC). */
export function formatDay(dayKey: string): string {
  const [year = 0, month = 1, day = 1] = dayKey.split('-').map(Number);
  return dayFormat.format(Date.UTC(year, month - 1, day));
}
