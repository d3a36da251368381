/**
 * Runs in Node exactly what the extension runs on a clip: Readability over linkedom (the
 * worker), DOMPurify on a real DOM (the extraction host's main thread), turndown (the worker),
 * then `buildArticle`. Only the threads differ.
 *
 * The DOM is jsdom, not happy-dom: happy-dom's NodeIterator does not follow the DOM spec when the
 * node under it is removed, so DOMPurify there skips nodes and lets `<script>` and `onerror`
 * through while `isSupported` still says true (checked with happy-dom 21.0.4).
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { cleanMetadataText } from '../../../domain/text';
import { buildArticle } from '../../../extraction/article';
import { toMarkdownAndText } from '../../../extraction/markdown';
import { extractArticle } from '../../../extraction/readability';
import { createSanitizer, type Sanitize } from '../../../extraction/sanitize';
import { type ArticleContent, LIMITS } from '../../../storage/schemas';

export interface PipelineResult {
  isReaderable: boolean;
  article: ArticleContent | null;
  /** Readability's title, cleaned as `clipping.ts` stores it; '' when there is no article. */
  title: string;
  canonicalUrl: string;
}

let sanitizer: Sanitize | undefined;

/** One sanitizer for the whole test file: a jsdom window costs a few hundred milliseconds. */
export function getTestSanitizer(): Sanitize {
  sanitizer ??= createSanitizer(new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window);
  return sanitizer;
}

/** Extracts `html` as the page at `url`, the way a clip does. */
export function runPipeline(html: string, url: string): PipelineResult {
  const extracted = extractArticle(html, url);
  const raw = extracted.article;
  if (!raw) return { isReaderable: extracted.isReaderable, article: null, title: '', canonicalUrl: '' };
  const sanitized = getTestSanitizer()(raw.content);
  const article = buildArticle(raw, sanitized, toMarkdownAndText(sanitized));
  return {
    isReaderable: extracted.isReaderable,
    article,
    title: cleanMetadataText(raw.title, LIMITS.title),
    canonicalUrl: raw.canonicalUrl,
  };
}

const FORBIDDEN_ELEMENTS =
  'script, style, iframe, frame, object, embed, form, input, button, textarea, select, link, meta, base, svg, math, noscript';
const FORBIDDEN_ATTRIBUTES = ['style', 'srcset', 'ping', 'formaction', 'action', 'background', 'poster'];
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href'];

/**
 * What in sanitized HTML could run, navigate or fetch on render: forbidden elements, `on*`
 * handlers, inline styles (CSS `url()`), and URL attributes outside http(s)/mailto/data:image.
 * Parsed rather than grepped, so an article that talks about `onclick` is not a false alarm.
 */
export function findUnsafeHtml(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll(FORBIDDEN_ELEMENTS)) problems.push(`<${element.localName}>`);
  for (const element of document.body.querySelectorAll('*')) {
    for (const { name, value } of Array.from(element.attributes) as Attr[]) {
      if (name.startsWith('on')) problems.push(`${element.localName}[${name}]`);
      if (FORBIDDEN_ATTRIBUTES.includes(name)) problems.push(`${element.localName}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && !/^(https?:|mailto:|data:image\/)/i.test(value.trim())) {
        problems.push(`${element.localName}[${name}=${value.slice(0, 40)}]`);
      }
    }
  }
  return problems;
}
