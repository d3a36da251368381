import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../../domain/file-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFileText', () => {
  it.each([
    ['plain ASCII', utf8('{"a":1}'), '{"a":1}', 0],
    ['multi-byte characters', utf8('café – 学'), 'café – 学', 0],
    ['a lone continuation byte', bytes(0x61, 0x80, 0x62), 'a\uFFFDb', 1],
    ['a truncated sequence and an invalid lead byte', bytes(0xe2, 0x82, 0x41, 0xff), '\uFFFDA\uFFFD', 2],
  ])('%s', (_name, input, text, replaced) => {
    expect(decodeFileText(input)).toEqual({ text, replaced });
  });
});
