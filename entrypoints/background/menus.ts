/** Context menus and keyboard commands: each one clips without opening the popup. */
import { type Browser, browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import type { CaptureOutcome, ClipMode } from '../../messaging/protocol';
import { clipTab, saveLinkTarget } from './clipping';
import { notifyOutcome, showBadge } from './confirmations';

const MENU_IDS = { article: 'clip-article', selection: 'clip-selection', link: 'save-link' } as const;

/** Registers the menus; call on install and update (menus persist across restarts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_IDS.article, title: t('menuClipArticle'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_IDS.selection, title: t('menuClipSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_IDS.link, title: t('menuSaveLink'), contexts: ['link'] });
}

/** Handles a context-menu click. The click grants activeTab on that tab. */
export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === MENU_IDS.link && info.linkUrl) {
    await confirm(await saveLinkTarget(info.linkUrl, info.selectionText), tab?.id);
    return;
  }
  const mode = (Object.keys(MENU_IDS) as ClipMode[]).find((key) => MENU_IDS[key] === info.menuItemId);
  if (mode && tab) await clipAndConfirm(tab, mode);
}

/** Handles a keyboard command. A command grants activeTab on the active tab. */
export async function handleCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const mode = (Object.keys(MENU_IDS) as ClipMode[]).find((key) => MENU_IDS[key] === command);
  if (!mode) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await clipAndConfirm(target, mode);
}

/** Clips from a gesture outside the popup: never asks, always confirms. */
export async function clipAndConfirm(tab: Browser.tabs.Tab, mode: ClipMode): Promise<CaptureOutcome> {
  const outcome = await clipTab({ tab, mode, force: false, canAsk: false });
  await confirm(outcome, tab.id);
  return outcome;
}

async function confirm(outcome: CaptureOutcome, tabId: number | undefined): Promise<void> {
  await Promise.all([showBadge(outcome, tabId), notifyOutcome(outcome)]);
}
