import { openShortcutPage } from '../../../components/hooks/use-commands';
import { t } from '../../../components/i18n';
import { ShortcutList } from '../../../components/ShortcutList';

/** The keyboard shortcuts as the browser has them, and where to change them. */
export function ShortcutSettings() {
  const isFirefox = import.meta.env.FIREFOX;
  return (
    <section aria-labelledby="settings-shortcuts">
      <h2 id="settings-shortcuts">{t('settingsShortcutsHeading')}</h2>
      <ShortcutList />
      {isFirefox ? (
        <p>{t('settingsShortcutsFirefox')}</p>
      ) : (
        <>
          <p>{t('settingsShortcutsChrome')}</p>
          <button type="button" onClick={openShortcutPage}>
            {t('settingsShortcutsOpen')}
          </button>
        </>
      )}
    </section>
  );
}
