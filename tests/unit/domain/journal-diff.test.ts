import { describe, expect, it } from 'vitest';
import { classifyRecord, isWritten, type RecordChange } from '../../../domain/journal-diff';

const version = (record: object) => (record as { updatedAt: number }).updatedAt;
const rec = (updatedAt: number, text = 'a', extra: object = {}) => ({ id: 'x', text, updatedAt, ...extra });

describe('classifyRecord', () => {
  it.each<[string, object | undefined, object, RecordChange]>([
    ['no local record', undefined, rec(1), 'new'],
    ['identical', rec(5), rec(5), 'unchanged'],
    ['identical, keys in another order', { updatedAt: 5, text: 'a', id: 'x' }, rec(5), 'unchanged'],
    ['the file is newer', rec(5), rec(6, 'b'), 'updated'],
    ['the local copy is newer', rec(6, 'b'), rec(5), 'conflict'],
    ['same version, different content', rec(5, 'b'), rec(5, 'c'), 'conflict'],
    ['the file has an optional field more and is newer', rec(5), rec(6, 'a', { applied: { at: 1 } }), 'updated'],
    ['the file lacks an optional field and is older', rec(6, 'a', { applied: { at: 1 } }), rec(5), 'conflict'],
  ])('%s', (_name, local, incoming, expected) => {
    expect(classifyRecord(local, incoming, version)).toBe(expected);
  });

  it.each<[RecordChange, boolean]>([
    ['new', true],
    ['updated', true],
    ['unchanged', false],
    ['conflict', false],
  ])('%s is written: %s', (change, written) => {
    expect(isWritten(change)).toBe(written);
  });
});
