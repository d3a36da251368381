/**
 * Saving the learner's fields, and Undo, never lose what another tab, the popup or a re-clip saved:
 * regressions for the overwrites seen in the fault run, each with explicit times.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommonplaceDb } from '../../../storage/db';
import { deleteEntry, EditConflictError, restoreEntry, saveAnnotation, saveCapture } from '../../../storage/entries';
import { LIMITS } from '../../../storage/schemas';

const T0 = Date.UTC(2026, 11, 6, 9, 0);
let db: CommonplaceDb;

beforeEach(() => {
  db = new CommonplaceDb(`annotation-saves-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function noteEntry() {
  const { entry } = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A' }, T0, db);
  return saveAnnotation(entry.id, { note: 'first thought', tags: ['keep'], takeaway: 'first takeaway' }, {}, T0 + 1, db);
}

describe('saveAnnotation', () => {
  it('a form behind another tab writes only the field it changed, keeping the newer note and tags', async () => {
    const entry = await noteEntry();
    const formBase = { note: entry.note, takeaway: entry.takeaway, applyPlan: entry.applyPlan, tags: entry.tags };
    // Another tab saves a newer note and tags.
    await saveAnnotation(entry.id, { note: 'newer thought', tags: ['keep', 'new'] }, { note: entry.note, tags: entry.tags }, T0 + 2, db);
    // The first tab saves its takeaway with its old note and tags still in the form.
    const saved = await saveAnnotation(entry.id, { ...formBase, takeaway: 'my takeaway' }, formBase, T0 + 3, db);
    expect(saved).toMatchObject({ note: 'newer thought', tags: ['keep', 'new'], takeaway: 'my takeaway', updatedAt: T0 + 3 });
  });

  it('a field changed in both places is refused, and nothing in the save is written', async () => {
    const entry = await noteEntry();
    const formBase = { note: entry.note, takeaway: entry.takeaway, applyPlan: entry.applyPlan, tags: entry.tags };
    await saveAnnotation(entry.id, { note: 'their note' }, { note: entry.note }, T0 + 2, db);
    await expect(
      saveAnnotation(entry.id, { ...formBase, note: 'my note', takeaway: 'my takeaway' }, formBase, T0 + 3, db),
    ).rejects.toBeInstanceOf(EditConflictError);
    expect(await db.entries.get(entry.id)).toMatchObject({ note: 'their note', takeaway: 'first takeaway' });
  });

  it('the popup form after a re-clip adds to the note and keeps the tags', async () => {
    const entry = await noteEntry();
    await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A again' }, T0 + 10, db);
    // The popup starts from the stored note and tags, and the learner appends a line.
    const saved = await saveAnnotation(
      entry.id,
      { note: 'first thought\nand another', tags: ['keep'] },
      { note: 'first thought', tags: ['keep'] },
      T0 + 11,
      db,
    );
    expect(saved).toMatchObject({ note: 'first thought\nand another', tags: ['keep'] });
  });

  it('a too-long takeaway refuses the whole save: the note is not written either', async () => {
    const entry = await noteEntry();
    const formBase = { note: entry.note, takeaway: entry.takeaway };
    await expect(
      saveAnnotation(entry.id, { note: 'changed note', takeaway: 'x'.repeat(LIMITS.note + 1) }, formBase, T0 + 2, db),
    ).rejects.toThrow();
    expect(await db.entries.get(entry.id)).toMatchObject({ note: 'first thought', takeaway: 'first takeaway' });
  });

  it('saving an unchanged form writes nothing (updatedAt stays)', async () => {
    const entry = await noteEntry();
    const formBase = { note: entry.note, takeaway: entry.takeaway, applyPlan: entry.applyPlan, tags: entry.tags };
    const saved = await saveAnnotation(entry.id, formBase, formBase, T0 + 50, db);
    expect(saved.updatedAt).toBe(entry.updatedAt);
  });
});

describe('Undo after the page was clipped again', () => {
  it('makes one entry: the restored id and words, the newer clip, and what was added to it', async () => {
    const entry = await noteEntry();
    const deleted = await deleteEntry(entry.id, db);
    const { entry: reclip } = await saveCapture({ kind: 'link', url: 'https://example.com/a', title: 'A, clipped again' }, T0 + 20, db);
    expect(reclip.id).not.toBe(entry.id);
    await saveAnnotation(reclip.id, { note: 'said on the new one', tags: ['later'] }, {}, T0 + 21, db);

    if (!deleted) throw new Error('nothing deleted');
    await restoreEntry(deleted, db);
    const forPage = await db.entries.where('url').equals('https://example.com/a').toArray();
    expect(forPage).toHaveLength(1);
    expect(forPage[0]).toMatchObject({
      id: entry.id,
      title: 'A, clipped again',
      note: 'first thought\n\nsaid on the new one',
      tags: ['keep', 'later'],
      takeaway: 'first takeaway',
      createdAt: entry.createdAt,
      updatedAt: T0 + 21,
    });
    expect(await db.listRows.count()).toBe(1);
  });
});
