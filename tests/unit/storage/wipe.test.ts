import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CommonplaceDb } from '../../../storage/db';
import { addReflection } from '../../../storage/reflections';
import { DEFAULT_SETTINGS, readSettings, updateSettings } from '../../../storage/settings';
import { deleteEverything, finishInterruptedWipe } from '../../../storage/wipe';

const NOW = Date.UTC(2026, 10, 21, 12);
let db: CommonplaceDb;

async function seed(): Promise<void> {
  await addReflection({ learned: 'a', didntWork: '', tryNext: '' }, NOW, 'UTC', db);
  await db.competencies.add({
    id: crypto.randomUUID(),
    name: 'Coaching',
    category: '',
    description: '',
    levels: [],
    keywords: [],
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
  });
  await db.sprints.add({
    id: crypto.randomUUID(),
    startedAt: NOW,
    endedAt: NOW + 1,
    plannedMs: 1,
    elapsedMs: 1,
    goal: '',
    completed: true,
    dayKey: '2026-11-21',
  });
  await updateSettings({ displayName: 'Sam', theme: 'dark', followUpDays: 7 });
}

const counts = async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])));

beforeEach(async () => {
  fakeBrowser.reset();
  db = new CommonplaceDb(`wipe-test-${crypto.randomUUID()}`);
  await seed();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('deleteEverything', () => {
  it('empties every table, stops a running sprint and resets the settings', async () => {
    await fakeBrowser.storage.local.set({ sprintTimer: { phase: 'running' } });
    await deleteEverything(db);
    expect(Object.values(await counts()).every((count) => count === 0)).toBe(true);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('is all or nothing: a failure in one table leaves every table and the settings as they were', async () => {
    const before = await counts();
    const settings = await readSettings();
    // The last table fails, after the others were already cleared inside the transaction.
    const last = db.tables.at(-1);
    if (!last) throw new Error('no tables');
    vi.spyOn(last, 'clear').mockRejectedValue(new Error('disk on fire'));
    await expect(deleteEverything(db)).rejects.toThrow('disk on fire');
    expect(await counts()).toEqual(before);
    expect(await readSettings()).toEqual(settings);
    expect(before.reflections).toBe(1);
    // A refused wipe is not finished later behind the learner's back.
    expect(await finishInterruptedWipe(db)).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('deletes the snapshots too, after the tables and before extension storage', async () => {
    const order: string[] = [];
    await deleteEverything(db, async () => {
      order.push(`snapshots with ${(await counts()).reflections} reflections and settings ${JSON.stringify(await readSettings())}`);
    });
    expect(order).toEqual([
      `snapshots with 0 reflections and settings ${JSON.stringify({ ...DEFAULT_SETTINGS, displayName: 'Sam', theme: 'dark', followUpDays: 7 })}`,
    ]);
  });

  it('finishes a wipe cut short: extension storage never outlives the journal', async () => {
    await fakeBrowser.storage.local.set({ sprintTimer: { phase: 'running' }, learnerId: 'x' });
    // The worker stopped after the tables were cleared and before extension storage was.
    const stop = new Error('worker stopped');
    await expect(
      deleteEverything(db, async () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    expect((await fakeBrowser.storage.local.get('sprintTimer')).sprintTimer).toBeDefined();
    expect(await finishInterruptedWipe(db, async () => undefined)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await finishInterruptedWipe(db)).toBe(false);
  });
});
