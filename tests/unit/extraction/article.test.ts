/** buildArticle: what the host stores from Readability's raw result. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../extraction/article';
import type { RawArticle } from '../../../extraction/types';
import { ArticleContentSchema, LIMITS } from '../../../storage/schemas';

function raw(overrides: Partial<RawArticle> = {}): RawArticle {
  return {
    title: 'T',
    content: '<p>x</p>',
    textContent: 'x',
    byline: '',
    siteName: '',
    publishedTime: '',
    lang: '',
    dir: '',
    excerpt: '',
    canonicalUrl: '',
    ...overrides,
  };
}

function build(overrides: Partial<RawArticle> = {}, text = 'one two three', html = '<p>one two three</p>') {
  return buildArticle(raw(overrides), html, { markdown: text, text });
}

describe('buildArticle metadata', () => {
  it.each([
    ['byline', { byline: 'Ana\u0000 \u202eMaria\u0007' }, 'byline', 'Ana Maria'],
    ['site name', { siteName: '  The\n\tSite  ' }, 'siteName', 'The Site'],
    ['published time', { publishedTime: '2024-01-02T03:04:05Z\u200f' }, 'publishedTime', '2024-01-02T03:04:05Z'],
    ['lang', { lang: 'en-GB' }, 'lang', 'en-GB'],
    ['excerpt', { excerpt: 'line\u0085two' }, 'excerpt', 'line two'],
    ['dir rtl', { dir: 'rtl' }, 'dir', 'rtl'],
    ['dir ltr', { dir: 'ltr' }, 'dir', 'ltr'],
    ['dir other', { dir: 'auto' }, 'dir', ''],
    ['dir injection', { dir: 'rtl" onclick="x' }, 'dir', ''],
  ] as const)('%s is cleaned', (_name, overrides, key, expected) => {
    expect(build(overrides)[key]).toBe(expected);
  });

  it.each([
    ['byline', 'byline', LIMITS.byline],
    ['siteName', 'siteName', LIMITS.siteName],
    ['excerpt', 'excerpt', LIMITS.excerpt],
    ['lang', 'lang', 35],
    ['publishedTime', 'publishedTime', 100],
  ] as const)('%s is cut to its limit with an ellipsis', (_name, key, limit) => {
    const value = build({ [key]: 'word '.repeat(limit) })[key];
    expect(value.length).toBeLessThanOrEqual(limit);
    expect(value.endsWith('…')).toBe(true);
  });

  it('keeps within the stored schema for oversized content', () => {
    const text = 'a '.repeat(LIMITS.text);
    const article = buildArticle(raw(), 'h'.repeat(LIMITS.html + 5), { markdown: 'm'.repeat(LIMITS.html + 5), text });
    expect(article.html).toHaveLength(LIMITS.html);
    expect(article.markdown).toHaveLength(LIMITS.html);
    expect(article.text).toHaveLength(LIMITS.text);
    expect(() => ArticleContentSchema.parse(article)).not.toThrow();
  });
});

describe('buildArticle word count and reading time', () => {
  it.each([
    ['empty', '', 0, 0],
    ['one word', 'hello', 1, 1],
    ['230 words is one minute', 'w '.repeat(230), 230, 1],
    ['345 words rounds to two', 'w '.repeat(345), 345, 2],
    ['2300 words', 'w '.repeat(2300), 2300, 10],
    ['Japanese counts characters', '日本語の文章', 6, 1],
  ])('%s', (_name, text, words, minutes) => {
    const article = build({}, text);
    expect(article.wordCount).toBe(words);
    expect(article.readingMinutes).toBe(minutes);
  });
});
