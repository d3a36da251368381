/**
 * The one DOMPurify configuration for untrusted HTML, used when clipping and again on every
 * render. DOMPurify needs a real DOM (it is a no-op on linkedom), so it runs on the main thread
 * of the offscreen document, the Firefox background page or an extension page.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { isSafeLinkUrl } from '../domain/urls';

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'svg',
  'math',
];
const FORBID_ATTR = ['style', 'srcset', 'ping', 'formaction', 'action', 'background', 'poster'];

/** Elements that fetch their `src` as media; kept (their text and captions read fine) without it. */
const MEDIA = new Set(['VIDEO', 'AUDIO', 'SOURCE', 'TRACK']);

export type Sanitize = (html: string) => string;

/** Creates a sanitizer bound to `window` (the page's own, or a test DOM). */
export function createSanitizer(window: Window): Sanitize {
  const purify: DOMPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !isSafeLinkUrl(href)) node.removeAttribute('href');
      if (node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    }
    if (MEDIA.has(node.nodeName)) {
      // Our CSP would block them anyway; not even asking keeps a request from ever being tried.
      node.removeAttribute('src');
    }
    if (node.nodeName === 'IMG') {
      // Images load only from data: URLs under our CSP; keep the address for "load images".
      const src = node.getAttribute('src');
      if (src && !/^(https?:|data:image\/)/i.test(src)) node.removeAttribute('src');
    }
  });
  return (html) =>
    purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|gif|jpeg|webp);)/i,
    }) as string;
}
