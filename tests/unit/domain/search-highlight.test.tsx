// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { excerptAround, highlightTerms } from '../../../domain/search-highlight';
import { Highlighted } from '../../../entrypoints/journal/list/Highlighted';

const marked = (text: string, query: string) =>
  highlightTerms(text, query)
    .map((part) => (part.isMatch ? `[${part.text}]` : part.text))
    .join('');

describe('highlightTerms', () => {
  it.each([
    ['whole words and the typed prefix', 'Habits form loops; a habit loop', 'loop hab', '[Habits] form loops; a [habit] [loop]'],
    ['accents in the text', 'Le Café de Flore', 'cafe ', 'Le [Café] de Flore'],
    ['accents in the query', 'Le Cafe', 'CAFÉ', 'Le [Cafe]'],
    ['CJK bigrams joined into one mark', '我们的学习方法很好', '学习方法 ', '我们的[学习方法]很好'],
    ['nothing to find', 'plain text', 'zebra ', 'plain text'],
    ['empty query', 'plain text', '', 'plain text'],
  ])('%s', (_, text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('gives back the text exactly', () => {
    const text = 'Ünïcödé 学习 <b>tags</b> & more';
    expect(
      highlightTerms(text, 'unicode 学 tags')
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });

  it('renders hostile text as text: no element but <mark> is created', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> img script';
    const { container } = render(<Highlighted text={hostile} query="img script" />);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect([...container.querySelectorAll('*')].every((element) => element.tagName === 'MARK')).toBe(true);
    expect(container.textContent).toBe(hostile);
    expect(container.querySelectorAll('mark').length).toBeGreaterThanOrEqual(4);
  });
});

describe('excerptAround', () => {
  it('starts at the beginning when the match is near it', () => {
    expect(excerptAround('alpha beta gamma', 'beta ', 10)).toBe('alpha beta');
  });

  it('moves the window to a later match', () => {
    const text = `${'filler '.repeat(40)}the needle is here and more text follows`;
    const excerpt = excerptAround(text, 'needle ', 40);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('needle');
  });
});
