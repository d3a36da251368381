import { describe, expect, it } from 'vitest';
import { shareFileName, slugify } from '../../../domain/share-file-name';
import {
  buildShareBundle,
  type ShareContext,
  type ShareOptions,
  type ShareSource,
  type SourceEntry,
} from '../../../domain/share-selection';
import { ShareBundleV1Schema } from '../../../storage/exchange-schemas';

const NOW = Date.UTC(2026, 4, 20, 12);
const DAY = 86_400_000;
const C_WRITE = '11111111-1111-4111-8111-111111111111';
const C_DATA = '22222222-2222-4222-8222-222222222222';
const C_UNUSED = '33333333-3333-4333-8333-333333333333';
const id = (n: number) => `aaaaaaaa-aaaa-4aaa-8aaa-${String(n).padStart(12, '0')}`;

function entry(n: number, dayKey: string, extra: Partial<SourceEntry> = {}): SourceEntry {
  return {
    id: id(n),
    kind: 'link',
    url: `https://example.com/${n}`,
    title: `Entry ${n}`,
    note: '',
    takeaway: '',
    applyPlan: '',
    tags: [],
    competencyIds: [],
    createdAt: Date.parse(`${dayKey}T10:00:00Z`),
    updatedAt: Date.parse(`${dayKey}T10:00:00Z`),
    dayKey,
    ...extra,
  };
}

const ARTICLE = entry(1, '2026-05-04', {
  kind: 'article',
  title: 'On writing',
  article: { html: '<p>Body</p><img src="x" onerror="alert(1)">', siteName: 'Blog', excerpt: 'Short excerpt' },
  note: 'PRIVATE: my manager is wrong about this',
  takeaway: 'Write shorter',
  applyPlan: 'Edit my next memo',
  competencyIds: [C_WRITE],
  tags: ['writing'],
  applied: { at: NOW - DAY, evidence: 'Memo went out', link: 'https://example.com/memo' },
});
const PASSAGE = entry(2, '2026-05-10', {
  kind: 'selection',
  selection: { text: 'A quoted passage' },
  note: 'PRIVATE passage note',
  competencyIds: [C_DATA],
});
const QUICK_NOTE = entry(3, '2026-05-12', { kind: 'note', url: '', note: 'Idea: pair on the dashboard', competencyIds: [C_DATA] });
const OLD_LINK = entry(4, '2026-04-01');

const SOURCE: ShareSource = {
  entries: [ARTICLE, PASSAGE, QUICK_NOTE, OLD_LINK],
  sprints: [
    {
      id: id(10),
      startedAt: Date.parse('2026-05-05T09:00:00Z'),
      endedAt: Date.parse('2026-05-05T09:15:00Z'),
      plannedMs: 900_000,
      elapsedMs: 900_000,
      competencyId: C_WRITE,
      goal: 'Draft',
      completed: true,
      dayKey: '2026-05-05',
    },
    {
      id: id(11),
      startedAt: Date.parse('2026-05-11T09:00:00Z'),
      endedAt: 0,
      plannedMs: 1,
      elapsedMs: 1,
      goal: '',
      completed: false,
      dayKey: '2026-05-11',
    },
  ],
  reflections: [
    { id: id(20), dayKey: '2026-05-06', learned: 'L', didntWork: 'D', tryNext: 'T', competencyId: C_DATA, createdAt: NOW - 9 * DAY },
    { id: id(21), dayKey: '2026-03-01', learned: 'Old', didntWork: '', tryNext: '', createdAt: NOW - 80 * DAY },
  ],
  competencies: [
    { id: C_WRITE, name: 'Writing', category: 'Communication' },
    { id: C_DATA, name: 'Data', category: 'Technical' },
    { id: C_UNUSED, name: 'Unused', category: 'Other' },
  ],
};

const ALL: ShareOptions = {
  from: '',
  to: '',
  competencyIds: [],
  kinds: ['clips', 'notes', 'reflections', 'sprints'],
  includePrivateNotes: false,
  includeBodies: false,
  excludedIds: [],
};
const CONTEXT: ShareContext = {
  now: NOW,
  learner: { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', displayName: 'Ada' },
  sanitizeHtml: (html) => html.replace(/ onerror="[^"]*"/g, ''),
};

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('buildShareBundle chooses', () => {
  it.each<[string, Partial<ShareOptions>, number[]]>([
    ['everything, newest first', {}, [3, 2, 1, 4, 11, 10, 20, 21]],
    ['an inclusive date range', { from: '2026-05-04', to: '2026-05-10' }, [2, 1, 10, 20]],
    ['from a day on', { from: '2026-05-06' }, [3, 2, 11, 20]],
    ['up to a day', { to: '2026-05-04' }, [1, 4, 21]],
    ['nothing when from is after to', { from: '2026-05-12', to: '2026-05-01' }, []],
    ['one competency (items without one are left out)', { competencyIds: [C_WRITE] }, [1, 10]],
    ['any of two competencies', { competencyIds: [C_WRITE, C_DATA] }, [3, 2, 1, 10, 20]],
    ['clips only', { kinds: ['clips'] }, [2, 1, 4]],
    ['quick notes only', { kinds: ['notes'] }, [3]],
    ['reflections and sprints', { kinds: ['sprints', 'reflections'] }, [11, 10, 20, 21]],
    ['no kinds', { kinds: [] }, []],
    ['minus the unticked items', { excludedIds: [id(2), id(10), id(21)] }, [3, 1, 4, 11, 20]],
  ])('%s', (_, options, expected) => {
    const bundle = buildShareBundle(SOURCE, { ...ALL, ...options }, CONTEXT);
    expect([...ids(bundle.entries), ...ids(bundle.sprints), ...ids(bundle.reflections)]).toEqual(expected.map(id));
  });
});

describe('buildShareBundle redacts', () => {
  const shared = (options: Partial<ShareOptions>, n: number) =>
    buildShareBundle(SOURCE, { ...ALL, ...options }, CONTEXT).entries.find((item) => item.id === id(n));

  it.each<[string, Partial<ShareOptions>, number, string | undefined]>([
    ["a clip's private note by default", {}, 1, undefined],
    ["a passage's private note by default", {}, 2, undefined],
    ['the private note when included', { includePrivateNotes: true }, 1, 'PRIVATE: my manager is wrong about this'],
    ["a quick note's text whenever notes are chosen", {}, 3, 'Idea: pair on the dashboard'],
  ])('note: %s', (_, options, n, expected) => {
    expect(shared(options, n)?.note).toBe(expected);
  });

  it.each<[string, Partial<ShareOptions>, string | undefined]>([
    ['left out by default (link and excerpt only)', {}, undefined],
    ['sanitized again when included', { includeBodies: true }, '<p>Body</p><img src="x">'],
  ])('article body: %s', (_, options, expected) => {
    const item = shared(options, 1);
    expect(item?.bodyHtml).toBe(expected);
    expect(item).toMatchObject({ url: 'https://example.com/1', excerpt: 'Short excerpt', siteName: 'Blog' });
  });

  it('leaves out a body the sanitizer cannot clean, or one over the limit', () => {
    const options = { ...ALL, includeBodies: true };
    expect(buildShareBundle(SOURCE, options, { ...CONTEXT, sanitizeHtml: () => undefined }).entries[2]?.bodyHtml).toBeUndefined();
    expect(buildShareBundle(SOURCE, options, { ...CONTEXT, maxBodyChars: 5 }).entries[2]?.bodyHtml).toBeUndefined();
    expect(buildShareBundle(SOURCE, options, { ...CONTEXT, sanitizeHtml: undefined }).entries[2]?.bodyHtml).toBeUndefined();
  });

  it("shares a passage's text, and the evidence of an applied item", () => {
    expect(shared({}, 2)?.selectionText).toBe('A quoted passage');
    expect(shared({}, 1)?.applied).toEqual({ at: NOW - DAY, evidence: 'Memo went out', link: 'https://example.com/memo' });
  });

  it.each<[string, Partial<ShareOptions>, string[]]>([
    ['only the competencies the items refer to', {}, [C_WRITE, C_DATA]],
    ['none when nothing refers to one', { kinds: ['clips'], to: '2026-04-30' }, []],
    ['the chosen filter too', { kinds: [], competencyIds: [C_UNUSED] }, [C_UNUSED]],
  ])('competencies: %s', (_, options, expected) => {
    expect(ids(buildShareBundle(SOURCE, { ...ALL, ...options }, CONTEXT).competencies)).toEqual(expected);
  });
});

describe('the bundle', () => {
  it.each<[string, Partial<ShareOptions>]>([
    ['with defaults', {}],
    ['with everything included', { includeBodies: true, includePrivateNotes: true }],
    ['when empty', { kinds: [] }],
  ])('validates against ShareBundleV1Schema %s', (_, options) => {
    const bundle = buildShareBundle(SOURCE, { ...ALL, ...options }, CONTEXT);
    const parsed = ShareBundleV1Schema.safeParse(bundle);
    expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
  });

  it('carries the learner, the period and the options (kinds in a fixed order)', () => {
    const bundle = buildShareBundle(SOURCE, { ...ALL, from: '2026-05-01', kinds: ['sprints', 'clips'] }, CONTEXT);
    expect(bundle).toMatchObject({
      kind: 'commonplace-share',
      schemaVersion: 1,
      createdAt: NOW,
      learner: CONTEXT.learner,
      period: { from: '2026-05-01', to: '' },
      options: { kinds: ['clips', 'sprints'], competencyIds: [], includePrivateNotes: false, includeBodies: false },
    });
  });
});

describe('share file name', () => {
  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ["Zoë O'Brien", 'zoe-o-brien'],
    ['../../etc/passwd', 'etc-passwd'],
    ['  ', ''],
    ['李雷', ''],
  ])('slugify(%j) is %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each([
    ['Ada Lovelace', 'ada-lovelace-2026-05-20.commonplace-share.json'],
    ['', 'commonplace-2026-05-20.commonplace-share.json'],
  ])('%j -> %s', (name, file) => {
    expect(shareFileName(name, '2026-05-20')).toBe(file);
  });
});
