/** Turns Readability's raw result into the stored article content. */
import { cleanMetadataText, countWords, readingMinutes } from '../domain/text';
import { type ArticleContent, LIMITS } from '../storage/schemas';
import type { MarkdownAndText } from './markdown';
import type { RawArticle } from './types';

/** Combines the worker's metadata with the host's sanitized HTML; all metadata is cleaned. */
export function buildArticle(raw: RawArticle, sanitizedHtml: string, converted: MarkdownAndText): ArticleContent {
  const text = converted.text.slice(0, LIMITS.text);
  const wordCount = countWords(text);
  return {
    html: sanitizedHtml.slice(0, LIMITS.html),
    markdown: converted.markdown.slice(0, LIMITS.html),
    text,
    byline: cleanMetadataText(raw.byline, LIMITS.byline),
    siteName: cleanMetadataText(raw.siteName, LIMITS.siteName),
    publishedTime: cleanMetadataText(raw.publishedTime, 100),
    lang: cleanMetadataText(raw.lang, 35),
    dir: raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : '',
    excerpt: cleanMetadataText(raw.excerpt, LIMITS.excerpt),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}
