import { readFileSync } from 'node:fs';

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and newlines) into objects keyed
 * by the header row. Written for the tests, independent of the dashboard's DuckDB loading.
 * @param path the file
 * @returns one object per data row
 * @example readCsv('data/rotterdam/pupils.csv')[0].pupils
 */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  return rows.map((row, n) => {
    if (row.length !== header.length) {
      throw new Error(`${path} row ${n + 2}: ${row.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, row[i]]));
  });
}
