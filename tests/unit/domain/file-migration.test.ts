import { describe, expect, it } from 'vitest';
import { MissingMigrationError, migrateDocument } from '../../../domain/file-migration';

// A made-up history for the mechanism only: the product's journal format has just version 1.
const ran: number[] = [];
const steps = {
  1: (doc: Record<string, unknown>) => {
    ran.push(1);
    return { ...doc, schemaVersion: 2, renamed: doc.old, old: undefined };
  },
  2: (doc: Record<string, unknown>) => {
    ran.push(2);
    return { ...doc, schemaVersion: 3, added: [] };
  },
};

describe('migrateDocument', () => {
  it.each([
    [1, [1, 2], { schemaVersion: 3, renamed: 'x', old: undefined, added: [] }],
    [2, [2], { schemaVersion: 3, old: 'x', added: [] }],
    [3, [], { schemaVersion: 3, old: 'x' }],
  ])('from version %i runs steps %j once each, in order', (from, expectedSteps, expected) => {
    ran.length = 0;
    expect(migrateDocument({ schemaVersion: from, old: 'x' }, from, 3, steps)).toEqual(expected);
    expect(ran).toEqual(expectedSteps);
  });

  it('refuses a version with no step to the next', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, 1, 4, steps)).toThrow(MissingMigrationError);
  });

  it('leaves a current document as it is (the same object)', () => {
    const doc = { schemaVersion: 1 };
    expect(migrateDocument(doc, 1, 1, {})).toBe(doc);
  });
});
