/** The sprint and reflection requests, as the popup sends them. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../../entrypoints/background/handlers';
import { PageRequestSchema } from '../../../messaging/protocol';
import { HandlerError } from '../../../messaging/router';
import { addCompetency, setArchived } from '../../../storage/competencies';
import { getDb } from '../../../storage/db';

vi.mock('../../../entrypoints/background/extraction-client', () => ({ runExtraction: vi.fn() }));

const SENDER = { id: 'x', url: 'chrome-extension://x/popup.html' };
const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

beforeEach(async () => {
  fakeBrowser.reset();
  // As after install: the starter framework already offered (these tests add their own).
  await fakeBrowser.storage.local.set({ competencyFrameworkSeeded: true });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  const db = getDb();
  await Promise.all([db.sprints.clear(), db.reflections.clear(), db.entries.clear(), db.competencies.clear()]);
  await handlers['sprint/dismiss']({ type: 'sprint/dismiss' }, SENDER);
  return () => vi.useRealTimers();
});

describe('sprint requests', () => {
  it("'sprint/get' answers idle with the settings' length", async () => {
    await fakeBrowser.storage.local.set({ settings: { sprintMinutes: 20 } });
    expect(await handlers['sprint/get']({ type: 'sprint/get' }, SENDER)).toEqual({
      timer: { phase: 'idle', plannedMs: 0, remainingMs: 0, elapsedMs: 0, goal: '' },
      defaultMinutes: 20,
      competencies: [],
    });
  });

  it("'sprint/get' offers the competencies not archived, by name; the sprint's one is named and recorded", async () => {
    const draft = { category: 'A', description: '', levels: [], keywords: [] };
    const systems = await addCompetency({ ...draft, name: 'Systems' }, T0);
    const writing = await addCompetency({ ...draft, name: 'Writing', category: '0' }, T0);
    const old = await addCompetency({ ...draft, name: 'Archived one' }, T0);
    await setArchived(old.id, true, T0);
    const idle = await handlers['sprint/get']({ type: 'sprint/get' }, SENDER);
    expect(idle.competencies).toEqual([
      { id: systems.id, name: 'Systems' },
      { id: writing.id, name: 'Writing' },
    ]);
    expect(idle.competencyName).toBeUndefined();

    const started = await handlers['sprint/start']({ type: 'sprint/start', competencyId: writing.id }, SENDER);
    expect(started).toMatchObject({ timer: { phase: 'running', competencyId: writing.id }, competencyName: 'Writing' });
    await setArchived(writing.id, true, T0);
    expect((await handlers['sprint/get']({ type: 'sprint/get' }, SENDER)).competencyName).toBe('Writing');
    await handlers['sprint/stop']({ type: 'sprint/stop' }, SENDER);
    expect(await getDb().sprints.toArray()).toEqual([expect.objectContaining({ competencyId: writing.id })]);
  });

  it("'sprint/start' refuses a competency that does not exist", async () => {
    await expect(
      handlers['sprint/start']({ type: 'sprint/start', competencyId: '44444444-4444-4444-8444-444444444444' }, SENDER),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await handlers['sprint/get']({ type: 'sprint/get' }, SENDER)).timer.phase).toBe('idle');
  });

  it('start, pause, resume, extend and stop, each answered with the reconciled view', async () => {
    const started = await handlers['sprint/start']({ type: 'sprint/start', minutes: 10, goal: 'CRDTs' }, SENDER);
    expect(started.timer).toMatchObject({
      phase: 'running',
      plannedMs: 10 * MIN,
      remainingMs: 10 * MIN,
      endsAt: T0 + 10 * MIN,
      goal: 'CRDTs',
    });

    vi.setSystemTime(T0 + 3 * MIN);
    expect((await handlers['sprint/pause']({ type: 'sprint/pause' }, SENDER)).timer).toMatchObject({
      phase: 'paused',
      remainingMs: 7 * MIN,
    });
    vi.setSystemTime(T0 + 20 * MIN);
    expect((await handlers['sprint/get']({ type: 'sprint/get' }, SENDER)).timer).toMatchObject({ phase: 'paused', remainingMs: 7 * MIN });
    expect((await handlers['sprint/resume']({ type: 'sprint/resume' }, SENDER)).timer).toMatchObject({
      phase: 'running',
      endsAt: T0 + 27 * MIN,
    });
    expect((await handlers['sprint/extend']({ type: 'sprint/extend' }, SENDER)).timer).toMatchObject({
      plannedMs: 15 * MIN,
      remainingMs: 12 * MIN,
    });

    vi.setSystemTime(T0 + 22 * MIN);
    const stopped = await handlers['sprint/stop']({ type: 'sprint/stop' }, SENDER);
    expect(stopped.timer).toMatchObject({ phase: 'ended', completed: false, elapsedMs: 5 * MIN });
    expect(await getDb().sprints.toArray()).toEqual([
      expect.objectContaining({ elapsedMs: 5 * MIN, plannedMs: 15 * MIN, completed: false }),
    ]);
    expect((await handlers['sprint/dismiss']({ type: 'sprint/dismiss' }, SENDER)).timer.phase).toBe('idle');
  });

  it.each([
    [{ type: 'sprint/start', minutes: 4 }],
    [{ type: 'sprint/start', minutes: 121 }],
    [{ type: 'sprint/start', minutes: 15.5 }],
    [{ type: 'sprint/start', goal: 'x'.repeat(501) }],
    [{ type: 'sprint/pause', extra: true }],
    [{ type: 'reflection/save', learned: 'a' }],
  ])('refuses %j at the edge', (request) => {
    expect(PageRequestSchema.safeParse(request).success).toBe(false);
  });

  it('a note written during a sprint carries its id', async () => {
    const { timer } = await handlers['sprint/start']({ type: 'sprint/start' }, SENDER);
    const outcome = await handlers['note/create']({ type: 'note/create', text: 'Merge without a server', aboutPage: false }, SENDER);
    if (outcome.status === 'not-saved') throw new Error('not saved');
    expect(await getDb().entries.get(outcome.entryId)).toMatchObject({ sprintId: timer.sprintId });
  });
});

describe("'reflection/save'", () => {
  it('saves the reflection linked to the sprint and its competency; saving again updates it', async () => {
    const competencyId = '22222222-2222-4222-8222-222222222222';
    await addCompetency({ name: 'Systems', category: '', description: '', levels: [], keywords: [] }, T0, getDb(), () => competencyId);
    const { timer } = await handlers['sprint/start']({ type: 'sprint/start', competencyId }, SENDER);
    await handlers['sprint/stop']({ type: 'sprint/stop' }, SENDER);
    const sprintId = timer.sprintId ?? '';
    const first = await handlers['reflection/save']({ type: 'reflection/save', sprintId, learned: 'CRDTs', tryNext: '' }, SENDER);
    const again = await handlers['reflection/save']({ type: 'reflection/save', sprintId, learned: 'CRDTs', tryNext: 'Automerge' }, SENDER);
    expect(again.reflectionId).toBe(first.reflectionId);
    expect(await getDb().reflections.toArray()).toEqual([
      expect.objectContaining({ sprintId, competencyId, learned: 'CRDTs', tryNext: 'Automerge', didntWork: '', dayKey: '2025-03-03' }),
    ]);
  });

  it('refuses an empty reflection and an unknown sprint', async () => {
    await expect(handlers['reflection/save']({ type: 'reflection/save', learned: ' ', tryNext: '' }, SENDER)).rejects.toBeInstanceOf(
      HandlerError,
    );
    await expect(
      handlers['reflection/save'](
        { type: 'reflection/save', sprintId: '33333333-3333-4333-8333-333333333333', learned: 'x', tryNext: '' },
        SENDER,
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
