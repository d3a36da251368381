/**
 * The default shortcuts must reach Commonplace in Chrome and in Firefox, in the common UI
 * languages. Each row below is a key combination a browser takes before an extension sees it,
 * with where that was read. Firefox rows: the `.accesskey` of each top-level menu in
 * `browser/localization/<locale>/browser/menubar.ftl`, read from Debian's firefox-esr 153 (en-US
 * in its omni.ja) and the firefox-esr-l10n-<locale> language packs; Alt+Shift+<access key>
 * opens that menu on Windows and Linux. Chrome rows: Chrome's keyboard shortcut help page
 * ("Chrome keyboard shortcuts", Windows and Linux), and one found unbound by tests/e2e/shortcuts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../../domain/shortcuts';

interface Reserved {
  browser: 'chrome' | 'firefox';
  locale: string;
  keys: string;
  source: string;
}

const MENUBAR = (locale: string) => `firefox-esr 153 ${locale} menubar.ftl: File, Edit, View, History, Bookmarks, Tools, Help`;

/** Access keys of Firefox's seven top-level menus, in menubar order. */
const FIREFOX_ACCESS_KEYS: Record<string, string> = {
  'en-US': 'F E V S B T H',
  de: 'D B A C L X H',
  fr: 'F N A H M O E',
  'es-ES': 'A E V S M T U',
  it: 'F M V C E S A',
  'pt-BR': 'A E X H V F U',
  'pt-PT': 'F E V I M T U',
  nl: 'B W L G A X H',
  pl: 'P E W H Z N C',
  ja: 'F E V S B T H',
};

const RESERVED: Reserved[] = [
  { browser: 'chrome', locale: '*', keys: 'Alt+Shift+A', source: 'Chrome help: focus on inactive dialogs' },
  { browser: 'chrome', locale: '*', keys: 'Alt+Shift+B', source: 'Chrome help: focus on the bookmarks bar' },
  { browser: 'chrome', locale: '*', keys: 'Alt+Shift+I', source: 'Chrome help: open the feedback form' },
  { browser: 'chrome', locale: '*', keys: 'Alt+Shift+T', source: 'Chrome help: focus on the first toolbar item' },
  { browser: 'chrome', locale: '*', keys: 'Alt+Shift+R', source: 'measured: Chromium 156 on Linux leaves it unbound (commands.getAll)' },
  ...Object.entries(FIREFOX_ACCESS_KEYS).flatMap(([locale, letters]) =>
    letters.split(' ').map((letter) => ({ browser: 'firefox' as const, locale, keys: `Alt+Shift+${letter}`, source: MENUBAR(locale) })),
  ),
];

const normalise = (keys: string) => keys.toUpperCase().split('+').sort().join('+');

describe('default shortcuts', () => {
  it('the table covers both browsers and at least the languages asked for', () => {
    const locales = new Set(RESERVED.filter((row) => row.browser === 'firefox').map((row) => row.locale.slice(0, 2)));
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja']) expect(locales).toContain(language);
    expect(RESERVED.every((row) => row.source.length > 0)).toBe(true);
  });

  it.each(Object.entries(DEFAULT_SHORTCUTS))('%s (%s) is reserved by no browser in any listed language', (_command, keys) => {
    const clashes = RESERVED.filter((row) => normalise(row.keys) === normalise(keys));
    expect(clashes).toEqual([]);
  });

  it('no two commands share a shortcut, and each is a combination both browsers accept', () => {
    const all = Object.values(DEFAULT_SHORTCUTS).map(normalise);
    expect(new Set(all).size).toBe(all.length);
    // Both browsers take Alt or Ctrl with an optional Shift and one letter or digit.
    for (const keys of Object.values(DEFAULT_SHORTCUTS)) expect(keys).toMatch(/^(Alt|Ctrl)\+(Shift\+)?[A-Z0-9]$/);
  });

  it('a shortcut the table reserves is caught (the check can fail)', () => {
    expect(RESERVED.filter((row) => normalise(row.keys) === normalise('Shift+Alt+a'))).not.toEqual([]);
  });

  it('the README names the defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const keys of Object.values(DEFAULT_SHORTCUTS)) {
      expect(readme).toContain(
        keys
          .split('+')
          .map((key) => `<kbd>${key}</kbd>`)
          .join('+'),
      );
    }
  });
});
