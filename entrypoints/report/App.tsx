/**
 * The weekly report: `report.html#week=YYYY-MM-DD` shows the week containing that day
 * (this week without a hash) for the learner's week start and time zone. Reads Dexie directly and
 * updates live; exports Markdown and prints cleanly.
 */
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { t } from '../../components/i18n';
import { dailySeries, rankCompetencies, summarizeWeek } from '../../domain/summary';
import { dayKey } from '../../domain/time';
import { shiftWeek, type Week, weekOfDay } from '../../domain/week';
import { loadStreakDays, loadWeekActivity, loadWeekReport } from '../../storage/summary-queries';
import { type SummarySettings, useSummarySettings } from '../popup/summary/use-summary-settings';
import { Captured } from './Captured';
import { DayCharts } from './DayCharts';
import { downloadMarkdown, reportToMarkdown } from './export-markdown';
import { longDay } from './format';
import { Overview } from './Overview';
import { Applied, Competencies, Reflections, ToApply } from './Sections';
import { useWeekHash, weekHash } from './week-hash';

export function App() {
  const settings = useSummarySettings();
  const day = useWeekHash();
  if (!settings) return null;
  const week = weekOfDay(day ?? dayKey(Date.now(), settings.timeZone), settings.timeZone, settings.weekStart);
  return <Report key={week.days[0]} week={week} settings={settings} />;
}

async function loadAll(week: Week, settings: SummarySettings) {
  // The streak belongs to today: only this week's report shows it.
  const today = dayKey(Date.now(), settings.timeZone);
  const isCurrent = week.days.includes(today);
  const [report, previous, streakDays] = await Promise.all([
    loadWeekReport(week),
    loadWeekActivity(shiftWeek(week, -1), { withCompetencies: true }),
    isCurrent ? loadStreakDays(today, settings.timeZone) : undefined,
  ]);
  const summary = summarizeWeek({
    current: report.activity,
    previous,
    goalMinutes: settings.goalMinutes,
    competencies: report.competencies,
    streakDays,
    today: isCurrent ? today : (week.days[6] ?? ''),
  });
  return { report, summary };
}

function Report({ week, settings }: { week: Week; settings: SummarySettings }) {
  const result = useLiveQuery(() => loadAll(week, settings), [settings.goalMinutes]);
  const first = week.days[0] ?? '';
  const range = t('reportWeekRange', longDay(first), longDay(week.days[6] ?? ''));
  const isCurrent = week.days.includes(dayKey(Date.now(), settings.timeZone));
  return (
    <main class="report">
      <header class="report-header">
        <div>
          <p class="muted">{t('extName')}</p>
          <h1>{t('reportTitle')}</h1>
          <p class="report-range">{range}</p>
        </div>
        <nav class="report-nav" aria-label={t('reportTitle')}>
          <a href={weekHash(shiftWeek(week, -1).days[0] ?? '')}>← {t('reportPrevious')}</a>
          {!isCurrent && <a href={browser.runtime.getURL('/report.html')}>{t('reportCurrent')}</a>}
          {isCurrent ? (
            // There is no next week yet: said, not linked.
            <span class="muted" aria-disabled="true">
              {t('reportNext')} →
            </span>
          ) : (
            <a href={weekHash(shiftWeek(week, 1).days[0] ?? '')}>{t('reportNext')} →</a>
          )}
          <a href={browser.runtime.getURL('/journal.html')}>{t('reportOpenJournal')}</a>
        </nav>
        <div class="report-actions">
          <button
            type="button"
            disabled={result.status !== 'ready'}
            onClick={() =>
              result.status === 'ready' && downloadMarkdown(reportToMarkdown(result.value.report, result.value.summary), first)
            }
          >
            {t('reportExport')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('reportPrint')}
          </button>
        </div>
      </header>
      {result.status === 'loading' && <p role="status">{t('reportLoading')}</p>}
      {result.status === 'error' && <p class="error">{t('reportError')}</p>}
      {result.status === 'ready' && (
        <div class="report-body" data-testid="report-body">
          <Overview summary={result.value.summary} />
          <Captured entries={result.value.report.captured} />
          <DayCharts rows={dailySeries(result.value.report.activity)} />
          <Competencies items={rankCompetencies(result.value.report.activity, result.value.report.competencies) ?? []} />
          <Applied entries={result.value.report.applied} timeZone={week.timeZone} />
          <Reflections reflections={result.value.report.reflections} />
          <ToApply entries={result.value.report.toApply} />
        </div>
      )}
    </main>
  );
}
