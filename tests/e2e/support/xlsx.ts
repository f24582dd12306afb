import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads the first worksheet of an XLSX file into rows of cells: numbers as numbers, inline and shared
 * strings as text, missing cells as `null`. Written for the tests, independent of the dashboard's writer.
 * @param bytes the `.xlsx` file
 * @returns the rows, the header first
 * @example readXlsx(readFileSync('opgave-clusters.xlsx'))[0] // ['Cluster', 'Leerlingen', …]
 */
export function readXlsx(bytes: Uint8Array): (string | number | null)[][] {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    [...si.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => unescape(t)).join(''),
  );
  const sheet = text('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('readXlsx: no xl/worksheets/sheet1.xml in the file');
  const rows: (string | number | null)[][] = [];
  for (const [, rowNumber, body] of sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: (string | number | null)[] = [];
    for (const [, ref, attributes, content] of body.matchAll(
      /<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
    )) {
      const type = /t="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(content ?? '')?.[1];
      const cell =
        type === 'inlineStr'
          ? unescape(/<t[^>]*>([\s\S]*?)<\/t>/.exec(content ?? '')?.[1] ?? '')
          : type === 's'
            ? shared[Number(value)]
            : type === 'str'
              ? unescape(value ?? '')
              : value === undefined
                ? null
                : Number(value);
      row[columnIndex(ref)] = cell;
    }
    rows[Number(rowNumber) - 1] = Array.from(row, (cell) => cell ?? null);
  }
  return Array.from(rows, (row) => row ?? []);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function unescape(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
