import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to test Chromium's `page.pdf()`: the number of pages and the text of each page.
 * Reads uncompressed or Flate-compressed content streams and maps glyph codes to text through each
 * font's ToUnicode CMap, as Chromium (Skia) writes them. Not a general PDF reader: no object
 * streams, no cross-reference streams, no encryption.
 */
export interface PdfSummary {
  /** Number of `/Type /Page` objects (not `/Pages`). */
  pageCount: number;
  /** The text of each page, in the order of the page objects; runs joined without separators. */
  pages: string[];
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Reads the page count and the text of a PDF written by Chromium.
 * @param bytes the PDF file
 * @returns page count and text per page
 * @example readPdf(await page.pdf({ format: 'A4' })).pageCount
 */
export function readPdf(bytes: Buffer): PdfSummary {
  const source = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2];
    const start = body.search(/stream\r?\n/);
    if (start < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dataStart = start + body.slice(start).indexOf('\n') + 1;
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(dataStart, end).replace(/\r?\n$/, ''), 'latin1');
    const dict = body.slice(0, start);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOfFont = (fontId: number) => {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? '')?.[1];
    if (!ref) return new Map<string, string>();
    if (!cmaps.has(Number(ref)))
      cmaps.set(Number(ref), parseCmap(objects.get(Number(ref))?.stream?.toString('latin1') ?? ''));
    return cmaps.get(Number(ref))!;
  };

  const pages: string[] = [];
  for (const { dict } of [...objects.entries()].sort(([a], [b]) => a - b).map(([, o]) => o)) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(dict)) continue;
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(dict)?.[1] ?? '';
    for (const [, name, id] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) fonts.set(name, Number(id));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    let text = '';
    for (const [, id] of contents.matchAll(/(\d+) 0 R/g)) {
      text += pageText(objects.get(Number(id))?.stream?.toString('latin1') ?? '', (name) =>
        fonts.has(name) ? cmapOfFont(fonts.get(name)!) : new Map(),
      );
    }
    pages.push(text);
  }
  return { pageCount: pages.length, pages };
}

function parseCmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4)
      out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const [, block] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(src.toLowerCase(), unicode(dst));
    }
  }
  for (const [, block] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const first = parseInt(lo, 16);
      const base = parseInt(dst, 16);
      for (let code = first; code <= parseInt(hi, 16); code++) {
        map.set(code.toString(16).padStart(lo.length, '0'), String.fromCharCode(base + code - first));
      }
    }
  }
  return map;
}

function pageText(content: string, cmapOf: (font: string) => Map<string, string>): string {
  let cmap = new Map<string, string>();
  let width = 4;
  let out = '';
  // Font selections, hex strings and literal strings, in order.
  for (const [token, font, hex, literal] of content.matchAll(
    /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g,
  )) {
    if (font !== undefined) {
      cmap = cmapOf(font);
      width = [...cmap.keys()][0]?.length ?? 4;
    } else if (hex !== undefined) {
      const clean = hex.replace(/\s/g, '').toLowerCase();
      for (let i = 0; i + width <= clean.length; i += width) out += cmap.get(clean.slice(i, i + width)) ?? '';
    } else if (literal !== undefined && token.startsWith('(')) {
      const bytes = literal.replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, c: string) =>
        /\d/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c.length === 1 && '()\\'.includes(c) ? c : ' ',
      );
      for (const char of bytes) {
        const code = char.charCodeAt(0).toString(16).padStart(width, '0');
        out += cmap.get(code) ?? '';
      }
    }
  }
  return out;
}
