/**
 * The weekly report's Markdown against a golden file, with hostile titles, notes and links that
 * must stay plain text. Regenerate the golden file with `UPDATE_GOLDEN=1` after a deliberate change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, type ReportMarkdownInput, renderReportMarkdown, safeLinkTarget } from '../../../domain/report-markdown';
import messages from '../../../public/_locales/en/messages.json';

const GOLDEN = join(import.meta.dirname, '../../fixtures/report/week.md');
const text = (key: string) => (messages as Record<string, { message: string }>)[key]?.message ?? key;

const input: ReportMarkdownInput = {
  labels: {
    title: text('reportTitle'),
    weekRange: 'Week of 23 March 2026 to 29 March 2026',
    overview: text('reportOverview'),
    learningMinutes: text('reportLearningMinutes'),
    goal: text('reportGoal'),
    sprints: text('summarySprints'),
    captures: text('reportCaptures'),
    reflections: text('reportReflections'),
    applied: text('reportApplied'),
    activeDays: text('summaryActiveDays'),
    perDay: text('reportPerDay'),
    day: text('reportDay'),
    minutes: text('reportMinutes'),
    total: text('reportTotal'),
    competencies: text('reportCompetencies'),
    competency: text('reportCompetency'),
    timesTouched: text('reportTimesTouched'),
    noCompetencies: text('reportNoCompetencies'),
    noApplied: text('reportNoApplied'),
    evidence: text('reportEvidence'),
    noReflections: text('reportNoReflections'),
    learned: text('reportLearned'),
    didntWork: text('reportDidntWork'),
    tryNext: text('reportTryNext'),
    toApply: text('reportToApply'),
    noToApply: text('reportNoToApply'),
    plan: text('reportPlan'),
    untitled: text('reportUntitled'),
  },
  overview: { minutes: 95, goalMinutes: 120, sprints: 6, captures: 4, reflections: 2, applied: 2, activeDays: 5 },
  days: ['Mon, 23 Mar', 'Tue, 24 Mar', 'Wed, 25 Mar', 'Thu, 26 Mar', 'Fri, 27 Mar', 'Sat, 28 Mar', 'Sun, 29 Mar'].map((label, index) => ({
    label,
    minutes: [15, 30, 0, 20, 15, 0, 15][index] ?? 0,
    captures: [1, 0, 2, 0, 1, 0, 0][index] ?? 0,
  })),
  competencies: [
    { name: 'Giving feedback', count: 4 },
    { name: 'Writing | tables', count: 1 },
  ],
  applied: [
    {
      title: 'Radical candor',
      url: 'https://example.com/candor',
      evidence: 'Used SBI with Sam\n# not a heading',
      link: 'https://example.com/notes?a=(1)',
      day: 'Fri, 27 Mar',
    },
    {
      title: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>',
      url: 'javascript:alert(1)',
      evidence: '',
      link: 'data:text/html,x',
      day: 'Sun, 29 Mar',
    },
  ],
  reflections: [
    { day: 'Tue, 24 Mar', learned: 'Ask before advising', didntWork: '**Too** many _notes_', tryNext: '' },
    { day: 'Thu, 26 Mar', learned: '1. Numbered? no', didntWork: '', tryNext: '- not a list\u202e' },
  ],
  toApply: [{ title: '', url: '', plan: 'Try the `retro` format' }],
};

describe('report Markdown', () => {
  it('matches the golden file', () => {
    const markdown = renderReportMarkdown(input);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it.each([
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['<script>', '\\<script\\>'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['line\nbreak', 'line break'],
    ['*bold* _it_ `code` ~s~', '\\*bold\\* \\_it\\_ \\`code\\` \\~s\\~'],
    ['&amp;', '\\&amp;'],
    ['plain text, 3.5 words', 'plain text, 3.5 words'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it.each([
    ['https://example.com/a b(c)', 'https://example.com/a%20b%28c%29'],
    ['http://example.com/', 'http://example.com/'],
    ['javascript:alert(1)', ''],
    ['data:text/html,x', ''],
    ['not a url', ''],
  ])('link target of %j is %j', (url, target) => {
    expect(safeLinkTarget(url)).toBe(target);
  });

  it('writes no raw HTML, no link to a non-http URL and no heading from user text', () => {
    const markdown = renderReportMarkdown(input);
    // `<` is escaped, so no raw tag; no link target other than http(s).
    expect(markdown).not.toMatch(/(?<!\\)<img|\]\(javascript:|\]\(data:/);
    expect(markdown).not.toContain('\n# not a heading');
    expect(markdown).not.toContain('\u202e');
  });
});
