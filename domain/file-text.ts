/** Reading an imported file's bytes as text. Pure. */

/**
 * The bytes as UTF-8 text, and how many characters were replaced because the bytes there were
 * not valid UTF-8 (each becomes U+FFFD). Browsers' `file.text()` replaces them silently; an
 * import says so instead.
 */
export function decodeFileText(bytes: ArrayBuffer | Uint8Array): { text: string; replaced: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), replaced: 0 };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, replaced: text.match(/\uFFFD/g)?.length ?? 0 };
  }
}
