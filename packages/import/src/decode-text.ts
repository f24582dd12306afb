/** A text encoding the readers recognise. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Decoded text with the encoding that was detected. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes began with a UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16 = new TextDecoder('utf-16le');

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. Decoded here by table because Node's
// TextDecoder('windows-1252') decodes those bytes as ISO-8859-1 (C1 controls) instead of € ‚ ƒ „ …
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];
const CP1252 = new Uint16Array(256);
for (let b = 0; b < 256; b++) CP1252[b] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;

const cp1252 = {
  decode(bytes: Uint8Array): string {
    const units = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) units[i] = CP1252[bytes[i]];
    return utf16.decode(units);
  },
};

/**
 * Decodes file bytes: a UTF-8 BOM is removed; valid UTF-8 is read as UTF-8; anything else as Windows-1252
 * (which maps every byte, so decoding never fails; decoded by table, the same on every runtime). Uses
 * only `TextDecoder` for UTF-8 and UTF-16, available in browsers, Node and Deno.
 * @param bytes the file's bytes
 * @returns the text, the encoding and whether a BOM was present
 * @example
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: 'café', encoding: 'windows-1252', bom: false }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (bom) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom };
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: cp1252.decode(body), encoding: 'windows-1252', bom };
  }
}
