import { displayTitle } from '../../components/entry-labels';
import { errorText } from '../../components/error-text';
import type { ToastContent } from '../../components/hooks/use-toast';
import { t } from '../../components/i18n';
import type { Entry } from '../../storage/schemas';

export interface UndoDeps {
  remove: (id: string) => Promise<Entry | undefined>;
  restore: (entry: Entry) => Promise<void>;
  show: (content: ToastContent) => void;
  /** Called once the entry is back, e.g. to put focus on it. */
  onRestored: (entry: Entry) => void;
}

/**
 * Deletes an entry at once and offers Undo in a toast. The entry is kept in memory, not in the
 * database, so Undo puts back exactly what was deleted and a reload makes the deletion final.
 */
export async function deleteWithUndo(id: string, deps: UndoDeps): Promise<Entry | undefined> {
  let entry: Entry | undefined;
  try {
    entry = await deps.remove(id);
  } catch (error) {
    deps.show({ text: t('journalDeleteFailed', errorMessage(error)) });
    return undefined;
  }
  if (!entry) return undefined;
  const deleted = entry;
  const title = displayTitle(deleted.title);
  let isUndone = false;
  const undo = async () => {
    // A double click must not restore twice (the second would overwrite later edits).
    if (isUndone) return;
    isUndone = true;
    try {
      await deps.restore(deleted);
      deps.show({ text: t('journalRestored', title) });
      deps.onRestored(deleted);
    } catch (error) {
      isUndone = false;
      deps.show({ text: t('journalRestoreFailed', errorMessage(error)), action: { label: t('journalUndo'), run: undo } });
    }
  };
  deps.show({ text: t('journalDeleted', title), action: { label: t('journalUndo'), run: undo } });
  return deleted;
}

function errorMessage(error: unknown): string {
  return errorText(error);
}
