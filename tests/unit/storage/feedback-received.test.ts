import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { CommonplaceDb } from '../../../storage/db';
import {
  FeedbackRecipientError,
  hasEntryFeedback,
  importFeedbackFile,
  listEntryFeedback,
  listFeedback,
} from '../../../storage/feedback-received';
import { listFeedbackWithSubjects } from '../../../storage/feedback-subjects';
import { setLearnerId } from '../../../storage/identity';

const T0 = Date.UTC(2026, 4, 20, 9);
const ME = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const SOMEONE_ELSE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const ENTRY = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const SPRINT = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const C1 = 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1';
const C2 = 'c2c2c2c2-c2c2-4c2c-8c2c-c2c2c2c2c2c2';
const C3 = 'c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3';

function comment(id: string, target: Record<string, unknown>, text: string, updatedAt = T0) {
  return { id, target, text, createdAt: T0, updatedAt };
}

function file(extra: Record<string, unknown> = {}) {
  return {
    kind: 'commonplace-feedback',
    schemaVersion: 1,
    createdAt: T0,
    learnerId: ME,
    manager: { displayName: 'Grace' },
    bundleCreatedAt: T0 - 1_000,
    period: { from: '2026-05-01', to: '2026-05-20' },
    comments: [
      comment(C1, { type: 'entry', id: ENTRY }, 'Great use of this article.'),
      comment(C2, { type: 'period' }, 'A strong month.'),
      comment(C3, { type: 'sprint', id: SPRINT }, '<b>Keep</b> these sprints'),
    ],
    ...extra,
  };
}

let db: CommonplaceDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`feedback-test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('importFeedbackFile', () => {
  it('keeps each comment with the manager name, the time received and the entry it is beside', async () => {
    expect(await importFeedbackFile(JSON.stringify(file()), T0 + 5, db, ME)).toEqual({ managerName: 'Grace', added: 3, updated: 0 });
    expect(await listEntryFeedback(ENTRY, db)).toEqual([
      {
        id: C1,
        target: { type: 'entry', id: ENTRY },
        text: 'Great use of this article.',
        createdAt: T0,
        updatedAt: T0,
        managerName: 'Grace',
        receivedAt: T0 + 5,
        entryId: ENTRY,
      },
    ]);
    expect(await hasEntryFeedback(ENTRY, db)).toBe(true);
    expect(await hasEntryFeedback(SPRINT, db)).toBe(false);
    const all = await listFeedback(db);
    expect(all.map((row) => row.id).sort()).toEqual([C1, C2, C3]);
    // Text is kept as written: it is rendered as text, never as HTML.
    expect(all.find((row) => row.id === C3)).toMatchObject({ text: '<b>Keep</b> these sprints' });
    expect(all.find((row) => row.id === C3)).not.toHaveProperty('entryId');
  });

  it("uses this journal's learner id when none is given", async () => {
    await setLearnerId(ME);
    expect(await importFeedbackFile(JSON.stringify(file()), T0, db)).toMatchObject({ added: 3 });
  });

  it('re-importing updates instead of duplicating; an older file does not undo an edit', async () => {
    await importFeedbackFile(JSON.stringify(file()), T0, db, ME);
    const edited = file({
      comments: [comment(C1, { type: 'entry', id: ENTRY }, 'Edited.', T0 + 100), comment(C2, { type: 'period' }, 'A strong month.')],
    });
    expect(await importFeedbackFile(JSON.stringify(edited), T0 + 200, db, ME)).toEqual({ managerName: 'Grace', added: 0, updated: 2 });
    expect(await db.feedback.count()).toBe(3);
    expect(await db.feedback.get(C1)).toMatchObject({ text: 'Edited.', receivedAt: T0 });

    expect(await importFeedbackFile(JSON.stringify(file()), T0 + 300, db, ME)).toEqual({ managerName: 'Grace', added: 0, updated: 2 });
    expect(await db.feedback.get(C1)).toMatchObject({ text: 'Edited.' });
    expect(await db.feedback.count()).toBe(3);
  });

  it('refuses feedback addressed to another learner and changes nothing', async () => {
    await importFeedbackFile(JSON.stringify(file({ comments: [comment(C2, { type: 'period' }, 'Mine')] })), T0, db, ME);
    const before = await db.feedback.toArray();
    const error = await importFeedbackFile(JSON.stringify(file({ learnerId: SOMEONE_ELSE })), T0, db, ME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedbackRecipientError);
    expect(await db.feedback.toArray()).toEqual(before);
  });

  const refused: [string, string, FileProblem][] = [
    ['not JSON', '{nope', 'not-json'],
    ['a prototype key', '{"__proto__": {"polluted": 1}}', 'forbidden-key'],
    ['too deep', `${'['.repeat(50)}${']'.repeat(50)}`, 'too-deep'],
    ['too big', `"${'x'.repeat(20_000_001)}"`, 'too-big'],
    ['a share bundle instead', JSON.stringify({ ...file(), kind: 'commonplace-share' }), 'wrong-kind'],
    ['from a newer Commonplace', JSON.stringify(file({ schemaVersion: 2 })), 'newer-version'],
    ['an unknown field', JSON.stringify(file({ extra: true })), 'invalid'],
    ['an empty comment', JSON.stringify(file({ comments: [comment(C1, { type: 'period' }, '   ')] })), 'invalid'],
    ['a bad target', JSON.stringify(file({ comments: [comment(C1, { type: 'entry' }, 'x')] })), 'invalid'],
    ['HTML in a field that is not text', JSON.stringify(file({ learnerId: '<img src=x>' })), 'invalid'],
  ];

  it.each(refused)('refuses a file that is %s and leaves the database as it was', async (_, text, problem) => {
    await importFeedbackFile(JSON.stringify(file()), T0, db, ME);
    const before = await db.feedback.toArray();
    const error = await importFeedbackFile(text, T0 + 1, db, ME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problem).toBe(problem);
    expect(await db.feedback.toArray()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('listFeedbackWithSubjects', () => {
  it('says what each comment is about, as the journal has it now', async () => {
    await db.entries.put({
      id: ENTRY,
      kind: 'link',
      url: 'https://example.com/a',
      canonicalUrl: '',
      title: 'An article',
      note: '',
      tags: [],
      competencyIds: [],
      takeaway: '',
      applyPlan: '',
      createdAt: T0,
      updatedAt: T0,
      dayKey: '2026-05-20',
    });
    await importFeedbackFile(JSON.stringify(file()), T0, db, ME);
    const subjects = Object.fromEntries((await listFeedbackWithSubjects(db)).map(({ feedback, subject }) => [feedback.id, subject]));
    expect(subjects).toEqual({
      [C1]: { type: 'entry', id: ENTRY, title: 'An article' },
      [C2]: { type: 'period' },
      // The sprint is not in this journal (deleted since it was shared).
      [C3]: { type: 'missing' },
    });
  });
});
