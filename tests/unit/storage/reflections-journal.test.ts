import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommonplaceDb } from '../../../storage/db';
import { addReflection, editReflection, listReflections, ReflectionNotFoundError } from '../../../storage/reflections';

const HOUR = 3_600_000;
// 2026-11-21 22:30 UTC is already the 22nd in Tokyo and still the 21st in New York.
const LATE = Date.UTC(2026, 10, 21, 22, 30);
const COMPETENCY = '11111111-1111-4111-8111-111111111111';

let db: CommonplaceDb;
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const fields = (learned: string) => ({ learned, didntWork: '', tryNext: '' });

beforeEach(() => {
  db = new CommonplaceDb(`reflections-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('addReflection', () => {
  it.each([
    ['Asia/Tokyo', '2026-11-22'],
    ['America/New_York', '2026-11-21'],
  ])('dates the reflection by the day in %s', async (zone, day) => {
    const saved = await addReflection(fields('x'), LATE, zone, db, newId);
    expect(saved.dayKey).toBe(day);
    expect(await db.reflections.get(saved.id)).toEqual(saved);
  });

  it('trims the answers and keeps an optional competency', async () => {
    const saved = await addReflection(
      { learned: '  pairing helps \n', didntWork: ' ', tryNext: 'ask first', competencyId: COMPETENCY },
      LATE,
      'UTC',
      db,
      newId,
    );
    expect(saved).toMatchObject({ learned: 'pairing helps', didntWork: '', tryNext: 'ask first', competencyId: COMPETENCY });
  });

  it('refuses a competency that is not an id', async () => {
    await expect(addReflection({ ...fields('x'), competencyId: 'nope' }, LATE, 'UTC', db, newId)).rejects.toThrow();
    expect(await db.reflections.count()).toBe(0);
  });
});

describe('editReflection', () => {
  it('changes the answers, keeps the day and creation time, and can drop the competency', async () => {
    const saved = await addReflection({ ...fields('first'), competencyId: COMPETENCY }, LATE, 'UTC', db, newId);
    const edited = await editReflection(saved.id, fields('second'), LATE + 30 * HOUR, db);
    expect(edited).toEqual({ ...saved, learned: 'second', updatedAt: LATE + 30 * HOUR, competencyId: undefined });
    expect(edited).not.toHaveProperty('competencyId');
    expect(await db.reflections.get(saved.id)).toEqual(edited);
  });

  it('never moves updatedAt backwards when the clock does', async () => {
    const saved = await addReflection(fields('first'), LATE, 'UTC', db, newId);
    expect((await editReflection(saved.id, fields('second'), LATE - HOUR, db)).updatedAt).toBe(LATE);
  });

  it('says when the reflection is gone', async () => {
    await expect(editReflection(newId(), fields('x'), LATE, db)).rejects.toBeInstanceOf(ReflectionNotFoundError);
  });
});

describe('listReflections', () => {
  it('lists newest day first, newest first within a day', async () => {
    const a = await addReflection(fields('day 1 morning'), Date.UTC(2026, 10, 1, 8), 'UTC', db, newId);
    const b = await addReflection(fields('day 1 evening'), Date.UTC(2026, 10, 1, 20), 'UTC', db, newId);
    const c = await addReflection(fields('day 3'), Date.UTC(2026, 10, 3, 8), 'UTC', db, newId);
    expect((await listReflections(db)).map((reflection) => reflection.id)).toEqual([c.id, b.id, a.id]);
  });
});
