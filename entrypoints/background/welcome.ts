import { browser } from 'wxt/browser';

/** A first install opens the welcome page (journal.html#/welcome); updates and reloads do not. */
export async function openWelcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/journal.html#/welcome') });
}
