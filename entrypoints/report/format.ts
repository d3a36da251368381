/** Display formats for the report: calendar days are formatted as dates, not instants. */
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const asUtc = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Mon, 23 Mar" for a day key. */
export function shortDay(day: string): string {
  return dayFormat.format(asUtc(day));
}

/** "23 March 2026" for a day key. */
export function longDay(day: string): string {
  return longFormat.format(asUtc(day));
}
