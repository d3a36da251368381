/** How the team view writes days and periods. Day keys are calendar days: read them in UTC. */
import { t } from '../../../components/i18n';
import type { Period } from '../../../storage/exchange-schemas';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "16 Mar 2026" for `2026-03-16`. */
export function formatDayKey(day: string): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return dayFormat.format(Date.UTC(year, month - 1, date));
}

const shortDayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "16 Mar" for `2026-03-16`: chart labels, where the year is in the table beside them. */
export function formatShortDayKey(day: string): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return shortDayFormat.format(Date.UTC(year, month - 1, date));
}

/** "2 Mar 2026 to 15 Mar 2026", "From …", "Until …" or "All time". */
export function periodText({ from, to }: Period): string {
  if (from && to) return t('teamPeriodRange', formatDayKey(from), formatDayKey(to));
  if (from) return t('teamPeriodFrom', formatDayKey(from));
  if (to) return t('teamPeriodUntil', formatDayKey(to));
  return t('teamPeriodAll');
}

/** `#/team`, or a person's or a competency's page. */
export function teamHash(params: { person?: string; competency?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.person) search.set('person', params.person);
  if (params.competency) search.set('competency', params.competency);
  const query = search.toString();
  return query ? `#/team?${query}` : '#/team';
}
