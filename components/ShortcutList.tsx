import { openShortcutPage, useCommands } from './hooks/use-commands';
import { t } from './i18n';

/**
 * The shortcuts as the browser has bound them, one per command; a command without one says so
 * and offers the browser's shortcut page to set it.
 */
export function ShortcutList({ only }: { only?: readonly string[] }) {
  const commands = useCommands();
  if (!commands) return null;
  const shown = only ? commands.filter((command) => only.includes(command.name)) : commands;
  const isMissing = shown.some((command) => !command.shortcut);
  return (
    <>
      <dl class="shortcut-list" data-testid="shortcut-list">
        {shown.map((command) => (
          <div key={command.name}>
            <dt>{command.description}</dt>
            <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('settingsShortcutNone')}</dd>
          </div>
        ))}
      </dl>
      {isMissing && (
        <p class="hint">
          {t('shortcutMissing')}{' '}
          <button type="button" class="link-button" onClick={openShortcutPage}>
            {t('settingsShortcutsOpen')}
          </button>
        </p>
      )}
    </>
  );
}
