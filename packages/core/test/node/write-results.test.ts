import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from 'arquero';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { writeResults } from '../../src/node/write-results.js';
import { toParquet } from '../../src/io/to-parquet.js';

const results = table({
  level: ['region', 'region', 'cluster'],
  unit: ['R01', 'R01', 'R01-C1'],
  year: [2030, 2031, 2030],
  value: [488.1597138029849, -2.5, Number.NaN],
});

function bytes(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

describe('writeResults(table, path)', () => {
  it('writeResults(table, "….parquet") writes typed columns that hyparquet reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opgave-results-'));
    const file = join(dir, 'nested', 'results.parquet');
    await writeResults(results, file);
    const buffer = bytes(readFileSync(file));
    const schema = parquetSchema(parquetMetadata(buffer));
    const types = Object.fromEntries(schema.children.map((c) => [c.element.name, c.element.type]));
    expect(types).toEqual({ level: 'BYTE_ARRAY', unit: 'BYTE_ARRAY', year: 'INT32', value: 'DOUBLE' });
    expect(await parquetReadObjects({ file: buffer })).toEqual([
      { level: 'region', unit: 'R01', year: 2030, value: 488.1597138029849 },
      { level: 'region', unit: 'R01', year: 2031, value: -2.5 },
      { level: 'cluster', unit: 'R01-C1', year: 2030, value: null },
    ]);
  });

  it('writeResults(rows, "….csv") writes the CSV of toCsv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opgave-results-'));
    const file = join(dir, 'bands.csv');
    await writeResults([{ year: 2030, p5: 400.25, p95: 610 }], file);
    expect(readFileSync(file, 'utf8')).toBe('year,p5,p95\n2030,400.25,610\n');
  });

  it('writeResults(table, "x.xlsx") names the file and the formats it writes', async () => {
    await expect(writeResults(results, 'x.xlsx')).rejects.toThrow(
      'writeResults: x.xlsx: unknown format ".xlsx" (use .csv or .parquet)',
    );
  });

  it('toParquet(rows) encodes booleans and strings with nulls', async () => {
    const buffer = bytes(
      toParquet([
        { ok: true, name: 'a' },
        { ok: null, name: null },
      ]),
    );
    expect(await parquetReadObjects({ file: buffer })).toEqual([
      { ok: true, name: 'a' },
      { ok: null, name: null },
    ]);
  });
});
