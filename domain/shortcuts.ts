/**
 * The default keyboard shortcuts, one per command. Alt+Shift with a letter that neither browser
 * claims in the common UI languages: Chrome takes Alt+Shift+A, B, I, R and T on Windows and Linux;
 * Firefox gives Alt+Shift+letter to the menu bar whose access key is that letter, and those
 * letters change with the UI language. tests/unit/domain/shortcuts.test.ts checks these against
 * a table of what each browser and language reserves, with where each row comes from.
 */
export const DEFAULT_SHORTCUTS = {
  _execute_action: 'Alt+Shift+J',
  'clip-article': 'Alt+Shift+Y',
  'clip-selection': 'Alt+Shift+Q',
  'save-link': 'Alt+Shift+K',
} as const;

export type CommandName = keyof typeof DEFAULT_SHORTCUTS;

/** Where each browser lets the learner change an extension's shortcuts. */
export const SHORTCUT_PAGES = {
  chrome: 'chrome://extensions/shortcuts',
  edge: 'edge://extensions/shortcuts',
  firefox: 'about:addons',
} as const;
