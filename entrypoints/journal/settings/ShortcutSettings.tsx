import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../../components/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them, and where to change them. */
export function ShortcutSettings() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands.map((command) => ({
            name: command.name ?? '',
            description: command.name === '_execute_action' ? t('commandOpenPopup') : (command.description ?? ''),
            shortcut: command.shortcut ?? '',
          })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  const isFirefox = import.meta.env.FIREFOX;
  const openShortcuts = () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

  return (
    <section aria-labelledby="settings-shortcuts">
      <h2 id="settings-shortcuts">{t('settingsShortcutsHeading')}</h2>
      {shortcuts.length > 0 && (
        <dl class="shortcut-list">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name}>
              <dt>{shortcut.description}</dt>
              <dd>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : t('settingsShortcutNone')}</dd>
            </div>
          ))}
        </dl>
      )}
      {isFirefox ? (
        <p>{t('settingsShortcutsFirefox')}</p>
      ) : (
        <>
          <p>{t('settingsShortcutsChrome')}</p>
          <button type="button" onClick={openShortcuts}>
            {t('settingsShortcutsOpen')}
          </button>
        </>
      )}
    </section>
  );
}
