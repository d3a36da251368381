/**
 * Every authored page in tests/fixtures/pages goes through the clip pipeline (Readability on
 * linkedom, DOMPurify, turndown, buildArticle) and must give the metadata and text its
 * expected.json records. Add a case with `node scripts/add-fixture.mjs <name> <file>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleContentSchema } from '../../../storage/schemas';
import { z } from '../../../storage/zod';
import { findUnsafeHtml, runPipeline } from '../support/extraction-pipeline';

const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const ExpectedSchema = z.strictObject({
  url: z.string(),
  /** Why an expectation looks odd: where Readability is plainly wrong, it is recorded, not hidden. */
  comment: z.string().optional(),
  readerable: z.boolean(),
  /** Whether Readability returns an article at all. */
  article: z.boolean(),
  title: z.string().optional(),
  byline: z.string().optional(),
  siteName: z.string().optional(),
  publishedTime: z.string().optional(),
  lang: z.string().optional(),
  dir: z.enum(['ltr', 'rtl', '']).optional(),
  canonicalUrl: z.string().optional(),
  minWords: z.number().int().nonnegative().optional(),
  /** Phrases that must be in the stored text and Markdown. */
  contains: z.array(z.string()).default([]),
  /** Phrases (nav, footer, comments, ads, hostile strings) that must be in none of text, Markdown, HTML. */
  excludes: z.array(z.string()).default([]),
});

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const folder = `${FIXTURES}${entry.name}`;
    const expected = ExpectedSchema.parse(JSON.parse(readFileSync(`${folder}/expected.json`, 'utf8')));
    return { name: entry.name, html: readFileSync(`${folder}/source.html`, 'utf8'), expected };
  });

// Turndown escapes Markdown punctuation and wraps links; compare prose, not syntax.
function markdownProse(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1').replace(/\s+/g, ' ');
}

describe('extraction fixtures', () => {
  it('has at least 20 authored pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$name', ({ html, expected }) => {
    const result = runPipeline(html, expected.url);
    expect(result.isReaderable, 'isProbablyReaderable').toBe(expected.readerable);
    if (!expected.article) {
      expect(result.article).toBeNull();
      return;
    }
    const article = result.article;
    if (!article) throw new Error('expected an article, Readability returned none');
    ArticleContentSchema.parse(article);

    const metadata = { title: result.title, canonicalUrl: result.canonicalUrl, ...article };
    for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'canonicalUrl'] as const) {
      if (expected[key] !== undefined) expect(metadata[key], key).toBe(expected[key]);
    }
    if (expected.minWords !== undefined) expect(article.wordCount).toBeGreaterThanOrEqual(expected.minWords);

    const text = article.text.replace(/\s+/g, ' ');
    const prose = markdownProse(article.markdown);
    for (const phrase of expected.contains) {
      expect(text, 'text').toContain(phrase);
      expect(prose, 'markdown').toContain(phrase);
    }
    for (const phrase of expected.excludes) {
      const needle = phrase.toLowerCase();
      expect(text.toLowerCase(), 'text').not.toContain(needle);
      expect(article.markdown.toLowerCase(), 'markdown').not.toContain(needle);
      expect(article.html.toLowerCase(), 'html').not.toContain(needle);
    }
    expect(findUnsafeHtml(article.html)).toEqual([]);
  });
});
