import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, toXlsx } from './to-xlsx';

const columns = [
  { key: 'name', label: 'Cluster' },
  { key: 'pupils', label: 'Leerlingen' },
  { key: 'fte', label: 'Fte' },
];

async function parts(pending: Promise<Uint8Array>): Promise<Record<string, string>> {
  const bytes = await pending;
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('toXlsx', () => {
  it('toXlsx(rows, columns) is a zip with the parts of a workbook of one sheet', async () => {
    const files = await parts(toXlsx([{ name: 'Noord', pupils: 1, fte: 2 }], columns));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files['_rels/.rels']).toContain('Target="xl/workbook.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Opgave" sheetId="1" r:id="rId1"/>');
  });

  it('toXlsx(rows, columns) writes a bold header row, numbers as numbers and text as inline strings', async () => {
    const files = await parts(
      toXlsx(
        [
          { name: 'Noord', pupils: 12345, fte: 1234.5 },
          { name: 'Zuid & <Oost>', pupils: 0, fte: -0.25 },
        ],
        columns,
      ),
    );
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<dimension ref="A1:C3"/>');
    expect(sheet).toContain(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Cluster</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Leerlingen</t></is></c><c r="C1" s="1" t="inlineStr"><is><t>Fte</t></is></c></row>',
    );
    expect(sheet).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Noord</t></is></c><c r="B2"><v>12345</v></c><c r="C2"><v>1234.5</v></c></row>',
    );
    expect(sheet).toContain('<t>Zuid &amp; &lt;Oost&gt;</t>');
    expect(sheet).toContain('<c r="C3"><v>-0.25</v></c>');
  });

  it('toXlsx(rows, columns) leaves null, undefined and non-finite numbers empty and strips control characters', async () => {
    const files = await parts(toXlsx([{ name: 'a\u0001b', pupils: null, fte: Number.NaN }], columns));
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<row r="2"><c r="A2" t="inlineStr"><is><t>ab</t></is></c></row>');
  });

  it('toXlsx(rows, columns, { sheetName }) cleans and cuts the sheet name to 31 characters', async () => {
    const files = await parts(
      toXlsx([], columns, { sheetName: 'Tekort [fte]: per cluster/bestuur en vak, 2025' }),
    );
    const workbook = files['xl/workbook.xml'];
    expect(workbook).toContain('name="Tekort  fte   per cluster bestu"');
  });

  it('toXlsx(rows, columns) gives the same bytes for the same input', async () => {
    const rows = [{ name: 'Noord', pupils: 1, fte: 2 }];
    expect(await toXlsx(rows, columns)).toEqual(await toXlsx(rows, columns));
  });

  it('columnName(index) counts A…Z, AA…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
