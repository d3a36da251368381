/** Per-day bars of learning minutes and captures, each chart labelled, with a table of the same figures. */
import { t } from '../../components/i18n';
import { shortDay } from './format';

export interface DayRow {
  day: string;
  minutes: number;
  captures: number;
}

const WIDTH = 320;
const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 18;

interface ChartProps {
  id: string;
  title: string;
  rows: DayRow[];
  value: (row: DayRow) => number;
  /** Said instead of a chart of zeros. */
  empty: string;
}

function BarChart({ id, title, rows, value, empty }: ChartProps) {
  if (rows.every((row) => value(row) === 0)) {
    return (
      <figure class="chart chart-empty">
        <figcaption>{title}</figcaption>
        <p class="empty">{empty}</p>
      </figure>
    );
  }
  const max = Math.max(1, ...rows.map(value));
  const slot = WIDTH / rows.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const description = rows.map((row) => `${shortDay(row.day)}: ${value(row)}`).join(', ');
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line class="chart-axis" x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {rows.map((row, index) => {
          const height = (value(row) / max) * plot;
          const x = index * slot + slot * 0.2;
          return (
            <g key={row.day}>
              <rect class="chart-bar" x={x} width={slot * 0.6} y={HEIGHT - BOTTOM - height} height={height} />
              <text class="chart-value" x={x + slot * 0.3} y={HEIGHT - BOTTOM - height - 4} text-anchor="middle">
                {value(row)}
              </text>
              <text class="chart-label" x={x + slot * 0.3} y={HEIGHT - 4} text-anchor="middle">
                {shortDay(row.day).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function DayCharts({ rows }: { rows: DayRow[] }) {
  const total = (key: 'minutes' | 'captures') => rows.reduce((sum, row) => sum + row[key], 0);
  return (
    <section aria-labelledby="per-day-heading">
      <h2 id="per-day-heading">{t('reportPerDay')}</h2>
      <div class="charts">
        <BarChart id="minutes-chart" title={t('reportMinutes')} rows={rows} value={(row) => row.minutes} empty={t('reportNoMinutes')} />
        <BarChart
          id="captures-chart"
          title={t('reportCaptures')}
          rows={rows}
          value={(row) => row.captures}
          empty={t('reportNoCapturesChart')}
        />
      </div>
      <table class="day-table">
        <caption class="visually-hidden">{t('reportPerDayTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportDay')}</th>
            <th scope="col">{t('reportMinutes')}</th>
            <th scope="col">{t('reportCaptures')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.day}>
              <th scope="row">{shortDay(row.day)}</th>
              <td>{row.minutes}</td>
              <td>{row.captures}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reportTotal')}</th>
            <td>{total('minutes')}</td>
            <td>{total('captures')}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
