import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { withoutHeaderRepeats } from '../../../extraction/header-repeats';

const parse = (html: string) => parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;
const FACTS = { title: 'Fifteen Minutes at a Time', byline: 'By Maren Holloway' };

describe('withoutHeaderRepeats', () => {
  it.each([
    [
      'drops the byline line at the top',
      '<div><p>Practice</p><p>By <a href="https://example.com/m">Maren Holloway</a> · 11 March 2025 · 7 min read</p><p>Body text.</p></div>',
      '<div><p>Practice</p><p>Body text.</p></div>',
    ],
    ['drops a repeated title', '<h1>Fifteen Minutes at a Time</h1><p>Body text.</p>', '<p>Body text.</p>'],
    [
      'looks inside a header that wraps the kicker, standfirst and byline',
      '<div><main><article><header><p>Practice</p><p>A standfirst.</p><p>By Maren Holloway · 7 min read</p></header><p>Body.</p></article></main></div>',
      '<div><main><article><header><p>Practice</p><p>A standfirst.</p></header><p>Body.</p></article></main></div>',
    ],
    [
      'keeps a long paragraph that mentions the author',
      `<p>Maren Holloway ${'wrote at length about learning at work. '.repeat(6)}</p>`,
      `<p>Maren Holloway ${'wrote at length about learning at work. '.repeat(6)}</p>`,
    ],
    [
      'keeps a byline-like line far down the body',
      `${'<p>Paragraph.</p>'.repeat(8)}<p>By Maren Holloway</p>`,
      `${'<p>Paragraph.</p>'.repeat(8)}<p>By Maren Holloway</p>`,
    ],
    ['leaves a body without repeats unchanged', '<p>Just the text.</p>', '<p>Just the text.</p>'],
  ])('%s', (_name, html, expected) => {
    expect(withoutHeaderRepeats(html, FACTS, parse)).toBe(expected);
  });

  it('does nothing without a title or byline', () => {
    const html = '<p>By someone</p>';
    expect(withoutHeaderRepeats(html, { title: '', byline: '' }, parse)).toBe(html);
  });
});
