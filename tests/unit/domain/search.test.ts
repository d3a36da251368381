import { describe, expect, it } from 'vitest';
import { foldWord, isEmptyQuery, parseQuery, termMatches, termSpans, tokenize } from '../../../domain/search';

describe('tokenize', () => {
  it.each([
    ['plain words, lower case', 'Deliberate Practice works', ['deliberate', 'practice', 'works']],
    ['accents folded', 'Café CRÈME naïve façade', ['cafe', 'creme', 'naive', 'facade']],
    ['letters without a decomposition', 'Straße Øresund Łódź Æsir', ['strasse', 'oresund', 'lodz', 'aesir']],
    ['full-width forms', 'ＡＢＣ１２３', ['abc123']],
    ['punctuation splits words', 'feedback—loops, (spaced)repetition; e-mail', ['feedback', 'loops', 'spaced', 'repetition', 'mail']],
    ['apostrophes split', "don't learner's", ['don', 'learner']],
    ['stop words and one-letter words dropped', 'The art of a habit is in the doing', ['art', 'habit', 'doing']],
    ['digits kept, even alone', 'Top 5 tips for 2026', ['top', '5', 'tips', '2026']],
    ['repeats once, in first-seen order', 'habit loop habit', ['habit', 'loop']],
    ['Chinese as bigrams', '学习方法', ['学习', '习方', '方法']],
    ['a lone CJK character stands for itself', '学 習', ['学', '習']],
    ['Japanese kana and kanji', 'カタカナ', ['カタ', 'タカ', 'カナ']],
    ['Latin next to CJK splits', 'AI学习', ['ai', '学习']],
    ['Cyrillic and Greek lowercased', 'Привет ΚΑΛΗΜΕΡΑ', ['привет', 'καλημερα']],
    ['Korean words stay words', '학습 방법', ['학습', '방법']],
    ['over-long junk skipped', `${'x'.repeat(41)} ok`, ['ok']],
    ['nothing in punctuation only', '—!?…', []],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('spans point back at the original text, accents and all', () => {
    const text = 'Un café, s’il vous plaît';
    expect(termSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['Un', 'café', 'il', 'vous', 'plaît']);
  });

  it('spans of CJK bigrams cover both characters, astral ones included', () => {
    const text = 'x 𠀀学 y';
    const spans = termSpans(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['𠀀学']);
  });

  it('folds one word', () => {
    expect(foldWord('ÉCOLE')).toBe('ecole');
  });
});

describe('parseQuery', () => {
  it.each([
    ['last word is a prefix while typing', 'deliberate pra', { terms: ['deliberate'], prefix: 'pra' }],
    ['a trailing space ends the word', 'deliberate practice ', { terms: ['deliberate', 'practice'] }],
    ['stop words dropped, unless still being typed', 'the habit of th', { terms: ['habit'], prefix: 'th' }],
    ['one typed letter is not a prefix yet', 'habit p', { terms: ['habit'] }],
    ['accents in the query fold too', 'CAFÉ', { terms: [], prefix: 'cafe' }],
    ['a CJK character is a prefix', '学', { terms: [], prefix: '学' }],
    ['duplicates once', 'loop loop ', { terms: ['loop'] }],
  ])('%s', (_, input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('is empty for blanks and stop words', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery('the and '))).toBe(true);
    expect(isEmptyQuery(parseQuery('x'))).toBe(true);
  });

  it('keeps at most 8 terms', () => {
    const query = parseQuery('a1 b1 c1 d1 e1 f1 g1 h1 i1 j1');
    expect(query.terms.length + (query.prefix ? 1 : 0)).toBe(8);
    expect(query.prefix).toBe('j1');
  });

  it('matches terms exactly and the prefix by start', () => {
    const query = parseQuery('loop hab');
    expect(termMatches(query, 'loop')).toBe(true);
    expect(termMatches(query, 'loops')).toBe(false);
    expect(termMatches(query, 'habits')).toBe(true);
  });
});
