import { beforeEach, expect, it } from 'vitest';
import type { SprintRecord } from '../../../domain/timer';
import { CommonplaceDb } from '../../../storage/db';
import { getSprint, listSprintsBetween, recordSprint } from '../../../storage/sprints';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const RECORD: SprintRecord = {
  id: '11111111-1111-4111-8111-111111111111',
  startedAt: T0,
  endedAt: T0 + 900_000,
  plannedMs: 900_000,
  elapsedMs: 900_000,
  completed: true,
  goal: 'Read the RFC',
};

let db: CommonplaceDb;
beforeEach(() => {
  db = new CommonplaceDb(`sprints-${crypto.randomUUID()}`);
});

it('recording the same sprint twice leaves one row', async () => {
  await recordSprint(RECORD, db);
  await recordSprint(RECORD, db);
  expect(await db.sprints.count()).toBe(1);
  expect(await getSprint(RECORD.id, db)).toMatchObject({ ...RECORD, dayKey: '2025-03-03' });
});

it('refuses a record that breaks the schema and writes nothing', async () => {
  await expect(recordSprint({ ...RECORD, elapsedMs: -1 }, db)).rejects.toThrow();
  expect(await db.sprints.count()).toBe(0);
});

it('lists sprints started in a half-open range', async () => {
  await recordSprint(RECORD, db);
  await recordSprint({ ...RECORD, id: '22222222-2222-4222-8222-222222222222', startedAt: T0 + 3_600_000, endedAt: T0 + 4_000_000 }, db);
  expect((await listSprintsBetween(T0, T0 + 3_600_000, db)).map((sprint) => sprint.id)).toEqual([RECORD.id]);
});
