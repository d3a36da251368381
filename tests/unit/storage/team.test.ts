/** Importing teammates' share bundles, comments on them, and the feedback file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FileProblem, ImportFileError } from '../../../domain/untrusted-json';
import { CommonplaceDb } from '../../../storage/db';
import { FeedbackFileV1Schema } from '../../../storage/exchange-schemas';
import { buildFeedbackFile, feedbackFileName, personSlug } from '../../../storage/feedback-file';
import { getTeamMember, importShareBundle, listTeamMembers, removeTeamMember } from '../../../storage/team';
import { addTeamComment, deleteTeamComment, editTeamComment, listTeamComments } from '../../../storage/team-comments';
import { shareBundle, sharedEntry, sharedReflection, sharedSprint, uuid } from '../../support/team-bundles';

const T0 = Date.parse('2026-03-20T09:00:00Z');
const ADA = uuid(1, 0);
const BO = uuid(2, 0);
const E = (n: number) => uuid(4, n);

const adaBundle = (createdAt: number, entries = 1) =>
  shareBundle(ADA, 'Ada Lovelace', {
    createdAt,
    entries: Array.from({ length: entries }, (_, i) => sharedEntry(E(i), '2026-03-03')),
    sprints: [sharedSprint(uuid(5, 1), '2026-03-03', 15)],
    reflections: [sharedReflection(uuid(6, 1), '2026-03-03')],
  });
const text = (value: unknown) => JSON.stringify(value);

let db: CommonplaceDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`team-test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const snapshot = async () => ({
  members: await db.teamMembers.toArray(),
  comments: await db.teamComments.toArray(),
  entries: await db.entries.count(),
});

describe('importShareBundle', () => {
  it('adds two people, apart from the manager’s own journal', async () => {
    const first = await importShareBundle(text(adaBundle(T0 - 1000, 2)), T0, db);
    expect(first).toEqual({
      status: 'added',
      learnerId: ADA,
      displayName: 'Ada Lovelace',
      bundleCreatedAt: T0 - 1000,
      entries: 2,
      sprints: 1,
      reflections: 1,
    });
    await importShareBundle(text(shareBundle(BO, 'Bo')), T0, db);
    const members = await listTeamMembers(db);
    expect(members.map((m) => [m.displayName, m.importedAt, m.bundle?.entries.length])).toEqual([
      ['Ada Lovelace', T0, 2],
      ['Bo', T0, 0],
    ]);
    expect(await db.entries.count()).toBe(0);
    expect(await db.sprints.count()).toBe(0);
    expect(await db.reflections.count()).toBe(0);
  });

  it('replaces a person’s bundle with a newer one whole; comments survive', async () => {
    await importShareBundle(text(adaBundle(T0 - 2000, 3)), T0, db);
    await addTeamComment(ADA, { type: 'entry', id: E(2) }, 'Nice one', T0, db);
    const newer = await importShareBundle(text(adaBundle(T0 - 1000, 1)), T0 + 5, db);
    expect(newer.status).toBe('replaced');
    const member = await getTeamMember(ADA, db);
    expect(member).toMatchObject({ bundleCreatedAt: T0 - 1000, importedAt: T0 + 5 });
    expect(member?.bundle?.entries.map((e) => e.id)).toEqual([E(0)]);
    expect(await db.teamMembers.count()).toBe(1);
    expect((await listTeamComments(ADA, db)).map((c) => c.text)).toEqual(['Nice one']);
  });

  it.each([
    ['older', T0 - 3000],
    ['same', T0 - 2000],
  ] as const)('ignores an %s bundle and changes nothing', async (status, createdAt) => {
    await importShareBundle(text(adaBundle(T0 - 2000, 3)), T0, db);
    const before = await snapshot();
    expect((await importShareBundle(text(adaBundle(createdAt, 1)), T0 + 5, db)).status).toBe(status);
    expect(await snapshot()).toEqual(before);
  });

  const valid = adaBundle(T0);
  const refusals: [string, string, FileProblem][] = [
    ['not JSON', '{"kind":', 'not-json'],
    ['a prototype key', '{"kind":"commonplace-share","schemaVersion":1,"__proto__":{"x":1}}', 'forbidden-key'],
    ['too deep', `${'['.repeat(20)}${']'.repeat(20)}`, 'too-deep'],
    ['another kind of file', text({ ...valid, kind: 'commonplace-feedback' }), 'wrong-kind'],
    ['a newer version', text({ ...valid, schemaVersion: 2 }), 'newer-version'],
    ['an unknown field', text({ ...valid, extra: true }), 'invalid'],
    ['a bad learner id', text({ ...valid, learner: { id: 'me', displayName: 'x' } }), 'invalid'],
    ['a duplicate entry id', text({ ...valid, entries: [sharedEntry(E(1), '2026-03-03'), sharedEntry(E(1), '2026-03-04')] }), 'invalid'],
    ['a period ending before it starts', text({ ...valid, period: { from: '2026-03-10', to: '2026-03-01' } }), 'invalid'],
    ['too big', `"${'x'.repeat(40_000_001)}"`, 'too-big'],
  ];

  it.each(refusals)('refuses %s and leaves the database as it was', async (_, body, problem) => {
    await importShareBundle(text(adaBundle(T0 - 5000, 2)), T0, db);
    await addTeamComment(ADA, { type: 'period' }, 'Keep going', T0, db);
    const before = await snapshot();
    const error = await importShareBundle(body, T0 + 1, db).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problem).toBe(problem);
    expect(await snapshot()).toEqual(before);
  });

  it('removes a person with their comments, leaving others', async () => {
    await importShareBundle(text(adaBundle(T0)), T0, db);
    await importShareBundle(text(shareBundle(BO, 'Bo')), T0, db);
    await addTeamComment(ADA, { type: 'period' }, 'For Ada', T0, db);
    await addTeamComment(BO, { type: 'period' }, 'For Bo', T0, db);
    await removeTeamMember(ADA, db);
    expect((await listTeamMembers(db)).map((m) => m.learnerId)).toEqual([BO]);
    expect((await db.teamComments.toArray()).map((c) => c.text)).toEqual(['For Bo']);
  });

  it('shows a stored row that no longer validates as unreadable instead of failing', async () => {
    await db.teamMembers.put({ learnerId: BO, displayName: 'Bo', importedAt: T0, bundleCreatedAt: T0, bundle: { entries: 'nope' } });
    expect((await getTeamMember(BO, db))?.bundle).toBeUndefined();
  });
});

describe('comments and the feedback file', () => {
  it('writes, edits and deletes comments; refuses empty ones', async () => {
    const comment = await addTeamComment(ADA, { type: 'sprint', id: uuid(5, 1) }, '  Good focus  ', T0, db);
    expect(comment.text).toBe('Good focus');
    expect(await editTeamComment(comment.id, 'Great focus', T0 + 10, db)).toBe(true);
    expect((await listTeamComments(ADA, db))[0]).toMatchObject({ text: 'Great focus', createdAt: T0, updatedAt: T0 + 10 });
    await expect(addTeamComment(ADA, { type: 'period' }, '   ', T0, db)).rejects.toThrow();
    await deleteTeamComment(comment.id, db);
    expect(await listTeamComments(ADA, db)).toEqual([]);
    expect(await editTeamComment(comment.id, 'Gone', T0, db)).toBe(false);
  });

  it('builds a feedback file that validates against FeedbackFileV1Schema', async () => {
    await importShareBundle(text(adaBundle(T0 - 1000)), T0, db);
    await addTeamComment(ADA, { type: 'period' }, 'A good fortnight', T0 + 1, db);
    await addTeamComment(ADA, { type: 'entry', id: E(0) }, 'Try this in the retro', T0 + 2, db);
    await addTeamComment(BO, { type: 'period' }, 'Not for Ada', T0 + 3, db);
    const file = await buildFeedbackFile(ADA, 'Grace', T0 + 10, db);
    expect(FeedbackFileV1Schema.parse(file)).toEqual(file);
    expect(file).toMatchObject({
      kind: 'commonplace-feedback',
      schemaVersion: 1,
      createdAt: T0 + 10,
      learnerId: ADA,
      manager: { displayName: 'Grace' },
      bundleCreatedAt: T0 - 1000,
      period: { from: '2026-03-02', to: '2026-03-15' },
    });
    expect(file?.comments.map((c) => [c.target, c.text])).toEqual([
      [{ type: 'period' }, 'A good fortnight'],
      [{ type: 'entry', id: E(0) }, 'Try this in the retro'],
    ]);
    expect(await buildFeedbackFile(BO, 'Grace', T0, db)).toBeUndefined();
  });

  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ['Zoë Ångström', 'zoe-angstrom'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['王小明', 'teammate'],
    ['', 'teammate'],
    ['a'.repeat(80), 'a'.repeat(40)],
  ])('the file name slug of %j is %j', (name, slug) => {
    expect(personSlug(name)).toBe(slug);
    expect(feedbackFileName(name, T0, 'UTC')).toBe(`${slug}-2026-03-20.commonplace-feedback.json`);
  });
});
