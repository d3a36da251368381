/** When an entry was saved, as the list shows it: the time today, the day and time otherwise. */

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "14:05" today, "Dec 3, 14:05" this year, "Dec 3, 2025, 14:05" before. */
export function formatListTime(epochMs: number, now: number): string {
  const date = new Date(epochMs);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return timeOnly.format(date);
  return (date.getFullYear() === today.getFullYear() ? sameYear : otherYear).format(date);
}
