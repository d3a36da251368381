import { t } from '../../components/i18n';
import { ShortcutList } from '../../components/ShortcutList';

const CAPTURE_COMMANDS = ['clip-article', 'clip-selection', 'save-link'] as const;

/** First run: how to put something in the journal, with the shortcuts the browser really bound. */
export function EmptyState() {
  return (
    <div class="empty-state">
      <h2>{t('journalEmptyHeading')}</h2>
      <p>{t('journalEmptyIntro')}</p>
      <ul>
        <li>{t('journalEmptyPopup')}</li>
        <li>
          {t('journalEmptyShortcuts')}
          <ShortcutList only={CAPTURE_COMMANDS} />
        </li>
        <li>{t('journalEmptyContextMenu')}</li>
      </ul>
    </div>
  );
}
