import { describe, expect, it } from 'vitest';
import { type AnnotationField, type AnnotationFields, mergeFieldEdits } from '../../../domain/field-edits';

type Case = [
  string,
  AnnotationFields,
  Partial<AnnotationFields>,
  Partial<AnnotationFields>,
  Partial<AnnotationFields>,
  AnnotationField[],
  AnnotationField[],
];

const stored = (overrides: Partial<AnnotationFields> = {}): AnnotationFields => ({
  note: 'stored note',
  takeaway: 'stored takeaway',
  applyPlan: '',
  tags: ['a'],
  ...overrides,
});

describe('mergeFieldEdits', () => {
  it.each<Case>([
    [
      'an untouched field keeps what another tab saved meanwhile',
      stored({ note: 'newer note from another tab' }),
      { note: 'old note', takeaway: 'my takeaway' },
      { note: 'old note', takeaway: 'stored takeaway' },
      { note: 'newer note from another tab', takeaway: 'my takeaway' },
      [],
      ['takeaway'],
    ],
    [
      'a field changed here and elsewhere is a conflict, and is not written',
      stored({ note: 'their note' }),
      { note: 'my note' },
      { note: 'old note' },
      { note: 'their note' },
      ['note'],
      ['note'],
    ],
    [
      'the same change on both sides is no conflict',
      stored({ note: 'same' }),
      { note: 'same' },
      { note: 'old' },
      { note: 'same' },
      [],
      ['note'],
    ],
    [
      'nothing changed writes nothing new',
      stored(),
      { note: 'stored note', tags: ['a'] },
      { note: 'stored note', tags: ['a'] },
      {},
      [],
      [],
    ],
    [
      'tags compare as lists',
      stored({ tags: ['a', 'b'] }),
      { tags: ['a', 'c'] },
      { tags: ['a'] },
      { tags: ['a', 'b'] },
      ['tags'],
      ['tags'],
    ],
    [
      'without a base the stored value is the base (a plain save)',
      stored(),
      { applyPlan: 'plan' },
      {},
      { applyPlan: 'plan' },
      [],
      ['applyPlan'],
    ],
  ])('%s', (_name, current, edited, base, expectedValues, conflicts, changed) => {
    const merged = mergeFieldEdits(current, edited, base);
    expect(merged.values).toEqual({ ...current, ...expectedValues });
    expect(merged.conflicts).toEqual(conflicts);
    expect(merged.changed).toEqual(changed);
  });
});
