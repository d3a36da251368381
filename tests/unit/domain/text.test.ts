import { describe, expect, it } from 'vitest';
import { cleanMetadataText, countWords, readingMinutes } from '../../../domain/text';

describe('cleanMetadataText', () => {
  it.each([
    ['plain', 'Hello world', 20, 'Hello world'],
    ['not a string', 42, 20, ''],
    ['null', null, 20, ''],
    ['trims and collapses', '  a \n\t b  ', 20, 'a b'],
    ['NUL and BEL', 'a\u0000b\u0007c', 20, 'a b c'],
    ['C1 NEL', 'a\u0085b', 20, 'a b'],
    ['DEL', 'a\u007fb', 20, 'a b'],
    ['right-to-left override', 'invoice\u202egnp.exe', 30, 'invoice gnp.exe'],
    ['bidi isolates and marks', '\u2066x\u2069\u200ey\u200f', 20, 'x y'],
    ['cut with ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['cut trims the trailing space', 'abc defgh', 5, 'abc…'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['keeps non-Latin text', 'مرحبا بالعالم', 20, 'مرحبا بالعالم'],
  ])('%s', (_name, value, max, expected) => {
    expect(cleanMetadataText(value, max)).toBe(expected);
  });
});

describe('countWords', () => {
  it.each([
    ['empty', '', 0],
    ['spaces only', '   \n ', 0],
    ['English', 'The quick brown fox', 4],
    ['punctuation is not a word', 'Wait — what?!', 2],
    ['apostrophes and hyphens join', "don't re-use it", 3],
    ['numbers', 'In 2024 there were 1312 benches', 6],
    ['thousands separator', '1,312 benches', 2],
    ['decimal point', 'grew 3.5 percent', 3],
    ['sentence punctuation still separates', 'one, two. three', 3],
    ['Arabic', 'خذ كتابا واترك كتابا', 4],
    ['Japanese: one per character', '本を読む', 4],
    ['Chinese', '读书', 2],
    ['Korean syllables', '책을 읽다', 4],
    ['mixed', 'Tokyo 東京 trip', 4],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [1, 1],
    [114, 1],
    [230, 1],
    [344, 1],
    [345, 2],
    [23_000, 100],
  ])('%i words -> %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
