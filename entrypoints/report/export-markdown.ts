/** Builds the Markdown of the shown week and hands it to the browser as a download. */
import { t } from '../../components/i18n';
import { type ReportMarkdownLabels, renderReportMarkdown } from '../../domain/report-markdown';
import type { WeekSummary } from '../../domain/summary';
import { dailySeries, rankCompetencies } from '../../domain/summary';
import { dayKey } from '../../domain/time';
import type { WeekReport } from '../../storage/summary-queries';
import { longDay, shortDay } from './format';

function labels(report: WeekReport): ReportMarkdownLabels {
  return {
    title: t('reportTitle'),
    weekRange: t('reportWeekRange', longDay(report.week.days[0] ?? ''), longDay(report.week.days[6] ?? '')),
    overview: t('reportOverview'),
    learningMinutes: t('reportLearningMinutes'),
    goal: t('reportGoal'),
    sprints: t('summarySprints'),
    captures: t('reportCaptures'),
    reflections: t('reportReflections'),
    applied: t('reportApplied'),
    activeDays: t('summaryActiveDays'),
    perDay: t('reportPerDay'),
    day: t('reportDay'),
    minutes: t('reportMinutes'),
    total: t('reportTotal'),
    competencies: t('reportCompetencies'),
    competency: t('reportCompetency'),
    timesTouched: t('reportTimesTouched'),
    noCompetencies: t('reportNoCompetencies'),
    noApplied: t('reportNoApplied'),
    evidence: t('reportEvidence'),
    noReflections: t('reportNoReflections'),
    learned: t('reportLearned'),
    didntWork: t('reportDidntWork'),
    tryNext: t('reportTryNext'),
    toApply: t('reportToApply'),
    noToApply: t('reportNoToApply'),
    plan: t('reportPlan'),
    untitled: t('reportUntitled'),
  };
}

/** The report of `report`'s week as Markdown. */
export function reportToMarkdown(report: WeekReport, summary: WeekSummary): string {
  const { week } = report;
  return renderReportMarkdown({
    labels: labels(report),
    overview: {
      minutes: summary.minutes.value,
      goalMinutes: summary.goalMinutes,
      sprints: summary.sprints.value,
      captures: summary.captures.value,
      reflections: summary.reflections.value,
      applied: summary.applied.value,
      activeDays: summary.activeDays.value,
    },
    days: dailySeries(report.activity).map((row) => ({ label: shortDay(row.day), minutes: row.minutes, captures: row.captures })),
    competencies: rankCompetencies(report.activity, report.competencies) ?? [],
    applied: report.applied.map((entry) => ({
      title: entry.title,
      url: entry.url,
      evidence: entry.applied?.evidence ?? '',
      link: entry.applied?.link ?? '',
      day: shortDay(dayKey(entry.applied?.at ?? 0, week.timeZone)),
    })),
    reflections: report.reflections.map((reflection) => ({ ...reflection, day: shortDay(reflection.dayKey) })),
    toApply: report.toApply.map((entry) => ({ title: entry.title, url: entry.url, plan: entry.applyPlan })),
  });
}

/** Starts the download of `markdown` as `commonplace-week-<first day>.md`. */
export function downloadMarkdown(markdown: string, firstDay: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `commonplace-week-${firstDay}.md`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; revoke on the next turn to free the blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
