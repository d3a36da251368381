import { describe, expect, it, vi } from 'vitest';
import type { ToastContent } from '../../../components/hooks/use-toast';
import { deleteWithUndo, type UndoDeps } from '../../../entrypoints/journal/delete-with-undo';
import { makeEntry, translate } from './support';

vi.mock('../../../components/i18n', async () => ({ t: (await import('./support')).translate }));

function setup(remove: UndoDeps['remove']) {
  const shown: ToastContent[] = [];
  const deps = {
    remove,
    restore: vi.fn(async () => {}),
    show: (content: ToastContent) => shown.push(content),
    onRestored: vi.fn(),
  };
  return { deps, shown };
}

describe('deleteWithUndo', () => {
  it('offers Undo, which restores exactly the deleted entry once', async () => {
    const entry = makeEntry({ title: 'How to learn', note: 'mine', tags: ['a'] });
    const { deps, shown } = setup(async () => entry);
    expect(await deleteWithUndo(entry.id, deps)).toBe(entry);
    expect(shown[0]?.text).toBe(translate('journalDeleted', 'How to learn'));
    expect(shown[0]?.text).toBe('Deleted “How to learn”.');
    expect(shown[0]?.action?.label).toBe('Undo');

    shown[0]?.action?.run();
    shown[0]?.action?.run();
    await vi.waitFor(() => expect(deps.onRestored).toHaveBeenCalledWith(entry));
    expect(deps.restore).toHaveBeenCalledTimes(1);
    expect(deps.restore).toHaveBeenCalledWith(entry);
    expect(shown[1]?.text).toBe('Restored “How to learn”.');
  });

  it('names an untitled entry', async () => {
    const { deps, shown } = setup(async () => makeEntry({ title: '  ' }));
    await deleteWithUndo('x', deps);
    expect(shown[0]?.text).toBe('Deleted “Untitled”.');
  });

  it('shows nothing when the entry was already gone', async () => {
    const { deps, shown } = setup(async () => undefined);
    expect(await deleteWithUndo('missing', deps)).toBeUndefined();
    expect(shown).toEqual([]);
  });

  it('says why a delete failed, and offers no Undo', async () => {
    const { deps, shown } = setup(async () => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    });
    expect(await deleteWithUndo('x', deps)).toBeUndefined();
    // The learner reads what happened, never the browser's error.
    expect(shown).toEqual([{ text: 'Could not delete: Your disk is full: nothing was saved. Free some space and try again.' }]);
  });

  it('keeps Undo available when restoring fails', async () => {
    const entry = makeEntry();
    const { deps, shown } = setup(async () => entry);
    deps.restore.mockRejectedValueOnce(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }));
    await deleteWithUndo(entry.id, deps);
    shown[0]?.action?.run();
    await vi.waitFor(() => expect(shown[1]?.text).toContain('Could not restore: Your journal could not be opened just now'));
    shown[1]?.action?.run();
    await vi.waitFor(() => expect(deps.onRestored).toHaveBeenCalledWith(entry));
    expect(deps.restore).toHaveBeenCalledTimes(2);
  });
});
