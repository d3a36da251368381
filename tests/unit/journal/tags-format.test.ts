import { describe, expect, it } from 'vitest';
import { formatPublished, hostOf, truncate, webUrl } from '../../../components/format';
import { formatTags, parseTags } from '../../../components/tags';

describe('tags', () => {
  it('parses a comma-separated list without blanks or duplicates', () => {
    expect(parseTags(' a, b ,, a ,c ')).toEqual(['a', 'b', 'c']);
    expect(parseTags('')).toEqual([]);
  });

  it('round-trips through the input text', () => {
    expect(parseTags(formatTags(['one', 'two words']))).toEqual(['one', 'two words']);
  });

  it('keeps within the schema limits', () => {
    expect(parseTags('x'.repeat(100))[0]).toHaveLength(64);
    expect(parseTags(Array.from({ length: 60 }, (_, i) => `t${i}`).join(','))).toHaveLength(50);
  });
});

describe('format', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['javascript:alert(1)', ''],
    ['', ''],
  ])('hostOf(%s)', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it('treats only http(s) as web links', () => {
    expect(webUrl('https://a.example/')).toBeDefined();
    expect(webUrl('data:text/html,x')).toBeUndefined();
    expect(webUrl('file:///etc/passwd')).toBeUndefined();
  });

  it('shows an unparseable published time as written', () => {
    expect(formatPublished('sometime last spring')).toBe('sometime last spring');
    expect(formatPublished('2026-03-01T10:00:00Z')).not.toBe('2026-03-01T10:00:00Z');
  });

  it('truncates at a word with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('one two three four five', 16)).toBe('one two three…');
    expect(truncate('abcdefghijklmnop', 8)).toBe('abcdefgh…');
    expect(truncate('a\n\n b', 10)).toBe('a b');
  });
});
