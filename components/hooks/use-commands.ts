import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SHORTCUT_PAGES } from '../../domain/shortcuts';
import { t } from '../i18n';

export interface BoundCommand {
  name: string;
  description: string;
  /** The keys the browser has bound, or '' when the command has none (taken, or removed). */
  shortcut: string;
}

/**
 * The extension's commands with the shortcuts the browser actually bound: a default that
 * another extension or the browser holds is left unbound, so the defaults cannot be trusted.
 * `undefined` until the browser answers.
 */
export function useCommands(): BoundCommand[] | undefined {
  const [commands, setCommands] = useState<BoundCommand[]>();
  useEffect(() => {
    // Through a promise: a browser without the API throws at the call, not in the promise.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((found) =>
        setCommands(
          found.map((command) => ({
            name: command.name ?? '',
            description: command.name === '_execute_action' ? t('commandOpenPopup') : (command.description ?? ''),
            shortcut: command.shortcut ?? '',
          })),
        ),
      )
      .catch(() => setCommands([]));
  }, []);
  return commands;
}

/** This browser's page for changing shortcuts. */
export function shortcutPage(): string {
  if (import.meta.env.FIREFOX) return SHORTCUT_PAGES.firefox;
  return navigator.userAgent.includes('Edg/') ? SHORTCUT_PAGES.edge : SHORTCUT_PAGES.chrome;
}

/** Opens the shortcut page (extension pages cannot link to browser pages, tabs.create can). */
export function openShortcutPage(): void {
  void browser.tabs.create({ url: shortcutPage() });
}
