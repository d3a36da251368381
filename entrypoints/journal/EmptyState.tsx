import { t } from '../../components/i18n';

/** First run: how to put something in the journal. Shortcuts match wxt.config.ts `commands`. */
export function EmptyState() {
  return (
    <div class="empty-state">
      <h2>{t('journalEmptyHeading')}</h2>
      <p>{t('journalEmptyIntro')}</p>
      <ul>
        <li>{t('journalEmptyPopup')}</li>
        <li>
          {t('journalEmptyShortcuts')}
          <dl class="shortcuts">
            <dt>
              <kbd>Alt+Shift+A</kbd>
            </dt>
            <dd>{t('commandClipArticle')}</dd>
            <dt>
              <kbd>Alt+Shift+S</kbd>
            </dt>
            <dd>{t('commandClipSelection')}</dd>
            <dt>
              <kbd>Alt+Shift+L</kbd>
            </dt>
            <dd>{t('commandSaveLink')}</dd>
          </dl>
        </li>
        <li>{t('journalEmptyContextMenu')}</li>
      </ul>
    </div>
  );
}
