/**
 * A small journal for the export tests: each kind of entry, a hostile title (YAML, Markdown and
 * path tricks), CSV injection in text cells, a deleted competency, sprints run to the end and
 * stopped early, two reflections on one day. Explicit times, all in UTC.
 */
import type { Competency, Entry, Reflection, Sprint } from '../../../storage/schemas';

export const T0 = Date.UTC(2026, 2, 2, 9, 30); // Monday 2 March 2026, 09:30 UTC
const MINUTE = 60_000;
const DAY = 86_400_000;

export const IDS = {
  article: 'a0000000-0000-4000-8000-000000000001',
  selection: 'a0000000-0000-4000-8000-000000000002',
  link: 'a0000000-0000-4000-8000-000000000003',
  note: 'a0000000-0000-4000-8000-000000000004',
  freeNote: 'a0000000-0000-4000-8000-000000000005',
  sameTitle: 'a0000000-0000-4000-8000-000000000006',
  feedback: 'c0000000-0000-4000-8000-000000000001',
  writing: 'c0000000-0000-4000-8000-000000000002',
  deleted: 'c0000000-0000-4000-8000-00000000dead',
  sprintDone: 'b0000000-0000-4000-8000-000000000001',
  sprintStopped: 'b0000000-0000-4000-8000-000000000002',
  reflectionA: 'd0000000-0000-4000-8000-000000000001',
  reflectionB: 'd0000000-0000-4000-8000-000000000002',
  reflectionC: 'd0000000-0000-4000-8000-000000000003',
} as const;

export const HOSTILE_TITLE = 'Ship it: "fast" --- or\n---\nrm -rf ../../etc/passwd #1 [x] <b>|?*';

function competency(id: string, name: string): Competency {
  return { id, name, category: '', description: '', levels: [], keywords: [], archived: false, createdAt: T0, updatedAt: T0 };
}

function entry(id: string, at: number, fields: Partial<Entry>): Entry {
  return {
    id,
    kind: 'link',
    url: '',
    canonicalUrl: '',
    title: '',
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: '',
    createdAt: at,
    updatedAt: at,
    dayKey: new Date(at).toISOString().slice(0, 10),
    ...fields,
  };
}

export const competencies: Competency[] = [competency(IDS.feedback, 'Giving feedback'), competency(IDS.writing, 'Writing')];

export const entries: Entry[] = [
  entry(IDS.article, T0, {
    kind: 'article',
    url: 'https://example.com/feedback',
    title: 'Feedback that lands',
    article: {
      html: '<p>Be specific.</p>',
      markdown: '## Situation, behaviour, impact\n\nBe specific.',
      text: 'Be specific.',
      byline: 'Ada',
      siteName: 'Example Blog',
      publishedTime: '',
      lang: 'en',
      dir: 'ltr',
      excerpt: 'Be specific.',
      wordCount: 1200,
      readingMinutes: 5,
    },
    note: 'Try SBI with *Sam*.',
    tags: ['feedback', 'one to one'],
    competencyIds: [IDS.feedback, IDS.deleted],
    takeaway: 'Describe behaviour, not character.',
    applyPlan: 'Use SBI in Friday 1:1',
    applied: { at: T0 + 3 * DAY, evidence: 'Gave Sam SBI feedback;\nhe "got it"', link: 'https://wiki.example.com/1on1' },
    sprintId: IDS.sprintDone,
    updatedAt: T0 + 3 * DAY,
  }),
  entry(IDS.selection, T0 + 10 * MINUTE, {
    kind: 'selection',
    url: 'https://evil.example/post?q=1',
    title: HOSTILE_TITLE,
    selection: { text: 'First line\n\n=HYPERLINK("http://evil.example")', html: '' },
    tags: ['=cmd|calc', '@risk', 'yes'],
    competencyIds: [IDS.writing],
  }),
  entry(IDS.link, T0 + DAY, {
    kind: 'link',
    url: 'https://example.org/a(b)',
    title: '+1 for small PRs, -5 for big ones',
    takeaway: '-2 points',
    note: '\tTabbed\r\nnote, with "quotes"',
  }),
  entry(IDS.note, T0 + DAY + MINUTE, {
    kind: 'note',
    url: 'https://example.com/feedback',
    title: 'Feedback that lands',
    note: 'A note about the page.',
  }),
  entry(IDS.freeNote, T0 + 2 * DAY, { kind: 'note', title: 'CON', note: 'Just a thought.\n\n- a list item' }),
  entry(IDS.sameTitle, T0 + 2 * DAY + MINUTE, { kind: 'link', url: 'javascript:alert(1)', title: 'con' }),
];

export const sprints: Sprint[] = [
  {
    id: IDS.sprintDone,
    startedAt: T0 - 15 * MINUTE,
    endedAt: T0,
    plannedMs: 15 * MINUTE,
    elapsedMs: 15 * MINUTE,
    competencyId: IDS.feedback,
    goal: 'Read about feedback',
    completed: true,
    dayKey: '2026-03-02',
  },
  {
    id: IDS.sprintStopped,
    startedAt: T0 + DAY,
    endedAt: T0 + DAY + 90_500,
    plannedMs: 25 * MINUTE,
    elapsedMs: 90_500,
    goal: '=1+1',
    completed: false,
    dayKey: '2026-03-03',
  },
];

export const reflections: Reflection[] = [
  {
    id: IDS.reflectionA,
    dayKey: '2026-03-02',
    learned: 'Specific beats general.',
    didntWork: '',
    tryNext: 'Ask first.',
    competencyId: IDS.feedback,
    sprintId: IDS.sprintDone,
    createdAt: T0 + 1,
    updatedAt: T0 + 1,
  },
  {
    id: IDS.reflectionB,
    dayKey: '2026-03-02',
    learned: 'Second thought the same day.',
    didntWork: 'Long emails.',
    tryNext: '',
    createdAt: T0 + 8 * 60 * MINUTE,
    updatedAt: T0 + 8 * 60 * MINUTE,
  },
  {
    id: IDS.reflectionC,
    dayKey: '2026-03-04',
    learned: '---\ntitle: injected',
    didntWork: '',
    tryNext: '',
    createdAt: T0 + 2 * DAY,
    updatedAt: T0 + 2 * DAY,
  },
];

export const names = new Map(competencies.map((item) => [item.id, item.name]));
