import type { EntryKind } from '../storage/schemas';
import { t } from './i18n';

const KIND_KEYS = {
  article: 'journalKindArticle',
  selection: 'journalKindSelection',
  link: 'journalKindLink',
  note: 'journalKindNote',
} as const;

/** "Article", "Passage", "Link", "Note". */
export function kindLabel(kind: EntryKind): string {
  return t(KIND_KEYS[kind]);
}

/** The entry's title, or a stand-in for entries saved without one (e.g. a quick note). */
export function displayTitle(title: string): string {
  return title.trim() || t('journalUntitled');
}
