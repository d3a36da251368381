/** URL rules for what can be clipped and how entries are matched. Pure. */

/** Why a tab's page cannot be scripted, or `null` when it can. */
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf-viewer' | 'file-url' | 'unsupported-scheme';

const WEB_STORES = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

/**
 * Classifies a tab URL before we try to inject a script. The browser has the final word
 * (file URLs may or may not be allowed), so a failed injection is handled as restricted too.
 */
export function restrictedReason(rawUrl: string | undefined): RestrictedReason | null {
  if (!rawUrl) return 'browser-page';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'unsupported-scheme';
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (WEB_STORES.includes(url.hostname)) {
        const isChromeWebstorePath = url.hostname !== 'chrome.google.com' || url.pathname.startsWith('/webstore');
        if (isChromeWebstorePath) return 'web-store';
      }
      if (url.pathname.toLowerCase().endsWith('.pdf')) return 'pdf-viewer';
      return null;
    case 'file:':
      return url.pathname.toLowerCase().endsWith('.pdf') ? 'pdf-viewer' : 'file-url';
    case 'chrome:':
    case 'edge:':
    case 'about:':
    case 'chrome-extension:':
    case 'moz-extension:':
    case 'devtools:':
    case 'chrome-search:':
    case 'chrome-untrusted:':
    case 'view-source:':
      return 'browser-page';
    default:
      return 'unsupported-scheme';
  }
}

// Marketing parameters that never change what a page says.
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|ref_src)$/i;

/**
 * The key that decides whether two clips are "the same page": no fragment, no tracking
 * parameters, lower-case host, default port dropped. Returns the input for non-web URLs.
 */
export function normalizeUrl(rawUrl: string): string {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return rawUrl;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return rawUrl;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/** Only web and mail links survive into stored or rendered HTML. */
export function isSafeLinkUrl(rawUrl: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(rawUrl).protocol);
  } catch {
    return false;
  }
}
