/** Learning minutes per week: labelled bars for the recent weeks, and a table of every week. */
import { t } from '../../../components/i18n';
import type { WeekRow } from '../../../domain/team-rollups';
import { formatDayKey, formatShortDayKey } from './team-format';

/** Bars beyond this many weeks would be too thin to read; the table still lists them all. */
export const CHART_WEEKS = 12;
const WIDTH = 360;
const HEIGHT = 130;
const TOP = 16;
const BOTTOM = 20;

function Bars({ rows }: { rows: WeekRow[] }) {
  const max = Math.max(1, ...rows.map((row) => row.minutes));
  const slot = WIDTH / Math.max(rows.length, 1);
  const plot = HEIGHT - TOP - BOTTOM;
  const description = rows.map((row) => `${formatDayKey(row.weekStart)}: ${row.minutes}`).join(', ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="team-per-week-heading team-week-chart-desc">
        <title>{t('teamPerWeekHeading')}</title>
        <desc id="team-week-chart-desc">{description}</desc>
        <line class="chart-axis" x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {rows.map((row, index) => {
          const height = (row.minutes / max) * plot;
          const x = index * slot + slot * 0.15;
          return (
            <g key={row.weekStart}>
              <rect class="chart-bar" x={x} width={slot * 0.7} y={HEIGHT - BOTTOM - height} height={height} />
              <text class="chart-value" x={x + slot * 0.35} y={HEIGHT - BOTTOM - height - 4} text-anchor="middle">
                {row.minutes}
              </text>
              <text class="chart-label" x={x + slot * 0.35} y={HEIGHT - 5} text-anchor="middle">
                {formatShortDayKey(row.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function WeekChart({ weeks }: { weeks: WeekRow[] }) {
  const total = (key: 'minutes' | 'sprints' | 'captures') => weeks.reduce((sum, row) => sum + row[key], 0);
  return (
    <section aria-labelledby="team-per-week-heading">
      <h2 id="team-per-week-heading">{t('teamPerWeekHeading')}</h2>
      {weeks.length === 0 ? (
        <p class="muted">{t('teamNoActivity')}</p>
      ) : (
        <>
          {weeks.some((row) => row.minutes > 0) ? (
            <Bars rows={weeks.slice(-CHART_WEEKS)} />
          ) : (
            <p class="muted chart-empty-note">{t('teamNoMinutesChart')}</p>
          )}
          {weeks.length > CHART_WEEKS && <p class="hint">{t('teamChartRecent', String(CHART_WEEKS))}</p>}
          <div class="table-scroll">
            <table class="team-table week-table">
              <caption>{t('teamPerWeekCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('teamColWeek')}</th>
                  <th scope="col">{t('teamColMinutes')}</th>
                  <th scope="col">{t('teamColSprints')}</th>
                  <th scope="col">{t('teamColCaptures')}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((row) => (
                  <tr key={row.weekStart}>
                    <th scope="row">{formatDayKey(row.weekStart)}</th>
                    <td>{row.minutes}</td>
                    <td>{row.sprints}</td>
                    <td>{row.captures}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('teamTotal')}</th>
                  <td>{total('minutes')}</td>
                  <td>{total('sprints')}</td>
                  <td>{total('captures')}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
