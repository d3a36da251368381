/** File names from untrusted titles: no traversal, no reserved characters or names, capped, unique. */
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARACTERS, safeFileName, uniquePath } from '../../../domain/file-names';

describe('safeFileName', () => {
  it.each([
    ['A good read', 'A good read'],
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows win.ini'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['Obsidian #tag ^block [[link]]', 'Obsidian tag block link'],
    ['tab\tnew\nline\u0000nul', 'tab new line nul'],
    ['bidi \u202Egnp.exe', 'bidi gnp.exe'],
    ['  ...hidden.  ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['Console', 'Console'],
    ['', 'fallback'],
    ['...', 'fallback'],
    ['///', 'fallback'],
    ['Cafe\u0301', 'Café'],
  ])('%j -> %j', (title, expected) => {
    expect(safeFileName(title, 'fallback')).toBe(expected);
  });

  it('caps long names at whole code points, never splitting an emoji', () => {
    const name = safeFileName('😀'.repeat(200), 'x');
    expect(Array.from(name)).toHaveLength(MAX_NAME_CHARACTERS);
    expect(name).toBe('😀'.repeat(MAX_NAME_CHARACTERS));
    expect(safeFileName(`${'a'.repeat(MAX_NAME_CHARACTERS - 1)} b`, 'x')).toBe('a'.repeat(MAX_NAME_CHARACTERS - 1));
  });
});

describe('uniquePath', () => {
  it('numbers clashes, ignoring case', () => {
    const taken = new Set<string>();
    expect(['Note', 'note', 'NOTE', 'Other'].map((name) => uniquePath('entries', name, 'md', taken))).toEqual([
      'entries/Note.md',
      'entries/note (2).md',
      'entries/NOTE (3).md',
      'entries/Other.md',
    ]);
  });
});
