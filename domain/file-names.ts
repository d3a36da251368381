/**
 * File names built from untrusted titles, safe on every system the files may land on (Windows,
 * macOS, Linux, and Obsidian, whose links break on `# ^ [ ] |`). Pure.
 */

// Path separators and characters Windows or Obsidian refuse, and every control or bidi
// character (a hostile title can use them to disguise a name).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Device names Windows reserves whatever the extension (`con.md` cannot be created there).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** Most file systems allow 255 bytes a name; titles are capped well below so a suffix still fits. */
export const MAX_NAME_CHARACTERS = 80;

/**
 * A file name (no folder, no extension) from `text`: unsafe characters become spaces, no leading
 * or trailing dots or spaces (hidden files, `..`, Windows), at most `maxCharacters` characters
 * (whole code points), `fallback` when nothing is left.
 */
export function safeFileName(text: string, fallback: string, maxCharacters = MAX_NAME_CHARACTERS): string {
  const trim = (value: string) => value.replace(/^[\s.]+|[\s.]+$/g, '');
  const cleaned = trim(text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' '));
  const capped = trim(Array.from(cleaned).slice(0, maxCharacters).join(''));
  if (!capped) return fallback;
  return WINDOWS_RESERVED.test(capped) ? `_${capped}` : capped;
}

/**
 * Returns `folder/name.extension`, or `folder/name (2).extension` and so on when an earlier call
 * with the same `taken` set already returned that path. Compared without case, because Windows
 * and macOS folders do not tell `A.md` from `a.md`.
 */
export function uniquePath(folder: string, name: string, extension: string, taken: Set<string>): string {
  for (let index = 1; ; index++) {
    const path = `${folder}/${index === 1 ? name : `${name} (${index})`}.${extension}`;
    if (!taken.has(path.toLowerCase())) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}
