import { t } from './i18n';

/** An entry's free tags as a labelled list of chips; nothing when there are none. */
export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tag-list" aria-label={t('journalTagsListLabel')}>
      {tags.map((tag) => (
        <li key={tag} class="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
