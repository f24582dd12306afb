import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import {
  ImportError,
  OPGAVE_SCHEMAS,
  importDuoFile,
  importTable,
  parseCsv,
  parseRegionDefinition,
  readParquet,
  readXlsxSheets,
  sniffCsvDialect,
  validateTable,
} from '../src/index.js';

const SEED = 20251001;
const csvChars = fc.constantFrom(
  'a',
  '1',
  '0',
  '-',
  ',',
  ';',
  '\t',
  '"',
  '\n',
  '\r',
  ' ',
  '.',
  'é',
  '<',
  '5',
  'x',
  '*',
);
const csvText = fc.array(csvChars, { maxLength: 200 }).map((a) => a.join(''));

describe('fuzzing (fast-check, fixed seed)', () => {
  it('parseCsv(any text) never throws and keeps columns rectangular', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';', '\t'), (text, d) => {
        const t = parseCsv(text, { delimiter: d });
        for (const c of t.columns) expect(c.length).toBe(t.rowCount);
        expect(t.rowNumbers.length).toBe(t.rowCount);
        sniffCsvDialect(text);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('parseCsv(quoted fields) returns the fields that were written', () => {
    const field = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = [['a', 'b', 'c'], ...rows]
            .map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(','))
            .join('\r\n');
          const t = parseCsv(text);
          expect(t.columns).toEqual([0, 1, 2].map((c) => rows.map((r) => r[c])));
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('validateTable(any cells) never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 6 }), { minLength: 6, maxLength: 6 }), { maxLength: 20 }),
        (rows) => {
          const header = ['location_id', 'subject_id', 'age_band', 'year', 'headcount', 'fte'];
          validateTable(
            {
              header,
              columns: header.map((_, c) => rows.map((r) => r[c])),
              rowCount: rows.length,
              rowNumbers: Int32Array.from(rows, (_, i) => i + 2),
            },
            OPGAVE_SCHEMAS.workforce,
            { decimal: ',' },
          );
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('importTable(any bytes) never throws: it returns a report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('x.csv', 'x.xlsx', 'x.parquet', 'x'),
        async (bytes, name) => {
          const r = await importTable(bytes, name, { resource: 'pupils' });
          expect(r.ok || r.report.errors.length > 0).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('importDuoFile(any text) and parseRegionDefinition(any text) never throw', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const bytes = new TextEncoder().encode(
          `BRIN NUMMER;VESTIGINGSNUMMER;LEER- OF VERBLIJFSJAAR 1 - MAN\n${text}`,
        );
        await importDuoFile(bytes, 'p-2019.csv');
        parseRegionDefinition(new TextEncoder().encode(text), 'r.csv');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('readXlsxSheets and readParquet(broken bytes) throw only ImportError', async () => {
    const zips = fc
      .record({ workbook: fc.string({ maxLength: 80 }), sheet: fc.string({ maxLength: 120 }) })
      .map(({ workbook, sheet }) =>
        zipSync({
          'xl/workbook.xml': strToU8(`<sheets><sheet name="a" r:id="x"/>${workbook}</sheets>`),
          'xl/worksheets/sheet1.xml': strToU8(`<row r="1"><c r="A1" t="s"><v>${sheet}</v></c></row>${sheet}`),
        }),
      );
    await fc.assert(
      fc.asyncProperty(zips, fc.uint8Array({ maxLength: 200 }), async (zip, junk) => {
        for (const run of [
          () => readXlsxSheets(zip),
          () => readXlsxSheets(junk),
          () => readParquet(new Uint8Array([0x50, 0x41, 0x52, 0x31, ...junk])),
        ]) {
          try {
            await run();
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
