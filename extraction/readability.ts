/**
 * Readability over linkedom. It runs inside a Web Worker so a crafted page that sends
 * Readability's loops spinning can be stopped with `worker.terminate()`; the same code runs
 * in unit tests under Node.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { RawArticle, WorkerExtractResult } from './types';

/** Readability gives up on documents with more elements than this (it throws). */
export const MAX_ELEMS_TO_PARSE = 60_000;

/** Parses `html` as the document at `pageUrl` and extracts its article. */
export function extractArticle(html: string, pageUrl: string, now: () => number = () => performance.now()): WorkerExtractResult {
  const started = now();
  const doc = parseDocument(html, pageUrl);
  const isReaderable = isProbablyReaderable(doc as unknown as Document);
  const canonicalUrl = readCanonicalUrl(doc, pageUrl);
  let article: RawArticle | null = null;
  const parsed = new Readability(doc as unknown as Document, { maxElemsToParse: MAX_ELEMS_TO_PARSE, keepClasses: false }).parse();
  if (parsed?.content) {
    article = {
      title: parsed.title ?? '',
      content: parsed.content,
      textContent: parsed.textContent ?? '',
      byline: parsed.byline ?? '',
      siteName: parsed.siteName ?? '',
      publishedTime: parsed.publishedTime ?? '',
      lang: parsed.lang ?? '',
      dir: parsed.dir ?? '',
      excerpt: parsed.excerpt ?? '',
      canonicalUrl,
    };
  }
  return { isReaderable, article, parseMs: now() - started };
}

type ParsedDocument = ReturnType<DOMParser['parseFromString']>;

function parseDocument(html: string, pageUrl: string): ParsedDocument {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Readability resolves relative links against documentURI/baseURI; linkedom leaves them unset.
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  let baseUrl = pageUrl;
  try {
    if (base) baseUrl = new URL(base, pageUrl).href;
  } catch {
    // A malformed <base> is ignored, as browsers do.
  }
  Object.defineProperty(doc, 'documentURI', { value: pageUrl, configurable: true });
  Object.defineProperty(doc, 'baseURI', { value: baseUrl, configurable: true });
  return doc;
}

function readCanonicalUrl(doc: ParsedDocument, pageUrl: string): string {
  const href =
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  if (!href) return '';
  try {
    const url = new URL(href, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
