/** User-visible strings come from `_locales/<lang>/messages.json` through the browser's i18n. */
import { browser } from 'wxt/browser';
import type { ClipNotice } from '../messaging/protocol';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The translated message for `key`, with `$1`-style substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

const NOTICE_KEYS = {
  restricted: 'noticeRestricted',
  'not-readerable': 'noticeNotReaderable',
  'no-article': 'noticeNoArticle',
  'no-selection': 'noticeNoSelection',
  'too-big': 'noticeTooBig',
  'page-unresponsive': 'noticePageUnresponsive',
  'extraction-timeout': 'noticeExtractionTimeout',
  'extraction-failed': 'noticeExtractionFailed',
  'hidden-page': 'noticeHiddenPage',
} as const satisfies Record<ClipNotice, MessageKey>;

/** The sentence that explains a capture notice to the user. */
export function noticeText(notice: ClipNotice): string {
  return t(NOTICE_KEYS[notice]);
}
