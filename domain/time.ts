/** Calendar arithmetic. Pure: every instant is an epoch-ms argument. */

/**
 * The local calendar day (`YYYY-MM-DD`) of an instant in `timeZone`
 * (an IANA name; the runtime's zone when omitted).
 */
export function dayKey(epochMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
