/**
 * Only in the `e2e` build: lets real-browser tests fire the gestures a test cannot press
 * (keyboard commands, context-menu clicks) through the same code paths.
 */
import { type Browser, browser } from 'wxt/browser';
import { handleCommand, handleMenuClick } from './menus';

export function installTestHooks(): void {
  Object.assign(globalThis, {
    commonplaceTest: {
      command: async (command: string, tabId: number) => handleCommand(command, await browser.tabs.get(tabId)),
      menuClick: async (info: Browser.contextMenus.OnClickData, tabId: number) => handleMenuClick(info, await browser.tabs.get(tabId)),
    },
  });
}
