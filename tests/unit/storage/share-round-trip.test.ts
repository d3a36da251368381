/**
 * The whole sharing round trip through both sides' storage code: the learner's bundle is
 * imported by the manager's Team view, the manager comments and writes a feedback file, and the
 * learner imports it beside their entries. Two databases, as on two machines.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShareOptions } from '../../../domain/share-selection';
import { CommonplaceDb } from '../../../storage/db';
import { buildFeedbackFile } from '../../../storage/feedback-file';
import { importFeedbackFile, listEntryFeedback } from '../../../storage/feedback-received';
import type { Entry } from '../../../storage/schemas';
import { createShareBundle, loadShareSource } from '../../../storage/share-bundle';
import { importShareBundle } from '../../../storage/team';
import { addTeamComment } from '../../../storage/team-comments';

const T0 = Date.UTC(2026, 4, 20, 9);
const LEARNER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ENTRY = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const OPTIONS: ShareOptions = {
  from: '2026-05-01',
  to: '2026-05-31',
  competencyIds: [],
  kinds: ['clips', 'notes', 'reflections', 'sprints'],
  includePrivateNotes: false,
  includeBodies: true,
  excludedIds: [],
};

const entry: Entry = {
  id: ENTRY,
  kind: 'article',
  url: 'https://example.com/a',
  canonicalUrl: '',
  title: 'An article',
  article: {
    html: '<p>Body</p>',
    markdown: 'Body',
    text: 'Body',
    byline: '',
    siteName: 'Example',
    publishedTime: '',
    lang: 'en',
    dir: '',
    excerpt: 'Body',
    wordCount: 1,
    readingMinutes: 1,
  },
  note: 'private',
  tags: ['x'],
  competencyIds: [],
  takeaway: 'Take',
  applyPlan: '',
  createdAt: T0,
  updatedAt: T0,
  dayKey: '2026-05-20',
};

let learnerDb: CommonplaceDb;
let managerDb: CommonplaceDb;
beforeEach(async () => {
  fakeBrowser.reset();
  learnerDb = new CommonplaceDb(`learner-${crypto.randomUUID()}`);
  managerDb = new CommonplaceDb(`manager-${crypto.randomUUID()}`);
  await learnerDb.entries.put(entry);
});
afterEach(async () => {
  await learnerDb.delete();
  await managerDb.delete();
});

describe('share round trip', () => {
  it("the manager imports the learner's file, comments, and the learner sees the comment beside the entry", async () => {
    const source = await loadShareSource(OPTIONS, learnerDb);
    const bundle = createShareBundle(source, OPTIONS, {
      now: T0 + 1,
      learner: { id: LEARNER, displayName: 'Ada' },
      sanitizeHtml: (html) => html,
    });
    expect(JSON.stringify(bundle)).not.toContain('private');
    await importShareBundle(JSON.stringify(bundle), T0 + 2, managerDb);

    await addTeamComment(LEARNER, { type: 'entry', id: ENTRY }, 'Well applied.', T0 + 3, managerDb);
    const feedback = await buildFeedbackFile(LEARNER, 'Grace', T0 + 4, managerDb);

    expect(await importFeedbackFile(JSON.stringify(feedback), T0 + 5, learnerDb, LEARNER)).toEqual({
      managerName: 'Grace',
      added: 1,
      updated: 0,
    });
    expect(await listEntryFeedback(ENTRY, learnerDb)).toMatchObject([{ text: 'Well applied.', managerName: 'Grace', entryId: ENTRY }]);
  });
});
