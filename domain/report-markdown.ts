/**
 * The weekly report as Markdown, for a 1:1 or a weekly sharing session. Pure. Titles, notes,
 * evidence and reflections come from clipped pages and the learner's typing: every such text is
 * cleaned of control characters and escaped so it cannot add headings, links, images, HTML or
 * table cells of its own; only http(s) links are written as links.
 */
import { cleanMetadataText } from './text';

export interface ReportMarkdownLabels {
  title: string;
  weekRange: string;
  overview: string;
  learningMinutes: string;
  goal: string;
  sprints: string;
  captures: string;
  reflections: string;
  applied: string;
  activeDays: string;
  perDay: string;
  day: string;
  minutes: string;
  total: string;
  competencies: string;
  competency: string;
  timesTouched: string;
  noCompetencies: string;
  noApplied: string;
  evidence: string;
  noReflections: string;
  learned: string;
  didntWork: string;
  tryNext: string;
  toApply: string;
  noToApply: string;
  plan: string;
  untitled: string;
}

export interface ReportMarkdownInput {
  labels: ReportMarkdownLabels;
  overview: {
    minutes: number;
    goalMinutes: number;
    sprints: number;
    captures: number;
    reflections: number;
    applied: number;
    activeDays: number;
  };
  /** One row per day of the week, with its display label. */
  days: { label: string; minutes: number; captures: number }[];
  competencies: { name: string; count: number }[];
  applied: { title: string; url: string; evidence: string; link: string; day: string }[];
  reflections: { day: string; learned: string; didntWork: string; tryNext: string }[];
  toApply: { title: string; url: string; plan: string }[];
}

const MAX_TEXT = 4_000;

/** Escapes text for inline Markdown: one line, no markup of its own. */
export function escapeMarkdown(text: string): string {
  return (
    cleanMetadataText(text, MAX_TEXT)
      // Characters that open emphasis, code, links, images, HTML, entities, table cells or headings.
      .replace(/[\\`*_{}[\]()#|<>~&]/g, (character) => `\\${character}`)
      // At the start of a list item, `-`, `+` or `1.` would open a list of its own.
      .replace(/^([-+])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A URL safe inside `(…)` of a Markdown link, or '' when it is not http(s). */
export function safeLinkTarget(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  return parsed.href.replace(/[()<>\s"'`\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function linked(title: string, url: string, untitled: string): string {
  const text = escapeMarkdown(title) || escapeMarkdown(untitled);
  const target = safeLinkTarget(url);
  return target ? `[${text}](${target})` : text;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Renders the report; the result ends with one newline. */
export function renderReportMarkdown(input: ReportMarkdownInput): string {
  const { labels: l, overview: o } = input;
  const out: string[] = [`# ${escapeMarkdown(l.title)}`, '', escapeMarkdown(l.weekRange), ''];

  out.push(`## ${escapeMarkdown(l.overview)}`, '');
  out.push(`- ${escapeMarkdown(l.learningMinutes)}: ${o.minutes} / ${o.goalMinutes} (${escapeMarkdown(l.goal)})`);
  for (const [label, value] of [
    [l.sprints, o.sprints],
    [l.captures, o.captures],
    [l.reflections, o.reflections],
    [l.applied, o.applied],
    [l.activeDays, o.activeDays],
  ] as const) {
    out.push(`- ${escapeMarkdown(label)}: ${value}`);
  }
  out.push('');

  out.push(
    `## ${escapeMarkdown(l.perDay)}`,
    '',
    row([escapeMarkdown(l.day), escapeMarkdown(l.minutes), escapeMarkdown(l.captures)]),
    row(['---', '---:', '---:']),
  );
  for (const day of input.days) out.push(row([escapeMarkdown(day.label), day.minutes, day.captures]));
  const total = (key: 'minutes' | 'captures') => input.days.reduce((sum, day) => sum + day[key], 0);
  out.push(row([`**${escapeMarkdown(l.total)}**`, `**${total('minutes')}**`, `**${total('captures')}**`]), '');

  out.push(`## ${escapeMarkdown(l.competencies)}`, '');
  if (input.competencies.length === 0) out.push(escapeMarkdown(l.noCompetencies));
  else {
    out.push(row([escapeMarkdown(l.competency), escapeMarkdown(l.timesTouched)]), row(['---', '---:']));
    for (const item of input.competencies) out.push(row([escapeMarkdown(item.name), item.count]));
  }
  out.push('');

  out.push(`## ${escapeMarkdown(l.applied)}`, '');
  if (input.applied.length === 0) out.push(escapeMarkdown(l.noApplied));
  for (const item of input.applied) {
    out.push(`- ${escapeMarkdown(item.day)}: ${linked(item.title, item.url, l.untitled)}`);
    const evidence = escapeMarkdown(item.evidence);
    const link = safeLinkTarget(item.link);
    if (evidence || link) out.push(`  - ${escapeMarkdown(l.evidence)}: ${evidence}${link ? ` ([${escapeMarkdown(link)}](${link}))` : ''}`);
  }
  out.push('');

  out.push(`## ${escapeMarkdown(l.reflections)}`, '');
  if (input.reflections.length === 0) out.push(escapeMarkdown(l.noReflections), '');
  for (const reflection of input.reflections) {
    out.push(`### ${escapeMarkdown(reflection.day)}`, '');
    for (const [label, text] of [
      [l.learned, reflection.learned],
      [l.didntWork, reflection.didntWork],
      [l.tryNext, reflection.tryNext],
    ] as const) {
      if (text.trim()) out.push(`- **${escapeMarkdown(label)}:** ${escapeMarkdown(text)}`);
    }
    out.push('');
  }

  out.push(`## ${escapeMarkdown(l.toApply)}`, '');
  if (input.toApply.length === 0) out.push(escapeMarkdown(l.noToApply));
  for (const item of input.toApply)
    out.push(`- ${linked(item.title, item.url, l.untitled)}: ${escapeMarkdown(l.plan)}: ${escapeMarkdown(item.plan)}`);
  return `${out.join('\n').trimEnd()}\n`;
}
