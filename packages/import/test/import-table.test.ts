import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import {
  OPGAVE_RESOURCES,
  csvTemplate,
  importDataset,
  importTable,
  readXlsx,
  toRows,
  type OpgaveResource,
} from '../src/index.js';
import { buildXlsx, fixture, repoFile, utf8 } from './helpers.js';
import expectations from './fixtures/bad/expected.json' with { type: 'json' };

interface Expectation {
  resource: OpgaveResource;
  ok: boolean;
  message?: string;
  warning?: string;
  references?: Record<string, string[]>;
  check?: { column: string; row: number; value: string | number };
}

describe('importTable on the corpus of bad files', () => {
  for (const [file, e] of Object.entries(expectations as Record<string, Expectation>)) {
    it(`importTable(${file}) ${e.ok ? 'imports' : `fails with "${e.message}"`}`, async () => {
      const result = await importTable(fixture(`bad/${file}`), file, {
        resource: e.resource,
        references: e.references,
      });
      expect(result.ok).toBe(e.ok);
      if (e.message) expect(result.report.errors.map((p) => p.message)).toContain(e.message);
      if (e.warning) expect(result.report.warnings.map((p) => p.message)).toContain(e.warning);
      if (e.check && result.ok) expect(result.table.columns[e.check.column][e.check.row]).toBe(e.check.value);
      if (!result.ok) expect('table' in result).toBe(false);
    });
  }
});

describe('importTable', () => {
  it('importTable(bytes, file, { resource }) records provenance with the SHA-256 of the bytes', async () => {
    const result = await importTable(utf8('location_id,year,pupils\n90AA00,2024,570\n'), 'pupils.csv', {
      resource: 'pupils',
      now: () => new Date('2025-10-01T00:00:00Z'),
    });
    expect(result.ok && result.table.provenance).toEqual({
      file: 'pupils.csv',
      importedAt: '2025-10-01T00:00:00.000Z',
      // printf 'location_id,year,pupils\n90AA00,2024,570\n' | sha256sum
      sha256: 'aa78ae4fde16288b055f78394e8b4a365283ec1d42d643b37a631c72b8d3b605',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      sheet: null,
      rows: 1,
    });
  });

  it('importTable(template) accepts the CSV template of every resource', async () => {
    for (const resource of OPGAVE_RESOURCES) {
      const result = await importTable(utf8(csvTemplate(resource)), `${resource}.csv`, { resource });
      expect(result.report.errors, resource).toEqual([]);
      expect(result.ok && result.table.rowCount).toBeGreaterThanOrEqual(1);
    }
  });

  it('importTable(reference dataset) imports every file of data/rotterdam without errors', async () => {
    for (const resource of OPGAVE_RESOURCES) {
      const result = await importTable(repoFile(`data/rotterdam/${resource}.csv`), `${resource}.csv`, {
        resource,
      });
      expect(result.report.errors.slice(0, 3), resource).toEqual([]);
    }
  });

  it('importTable(xlsx) reads a workbook written with shared and inline strings', async () => {
    const bytes = buildXlsx([
      { name: 'Toelichting', rows: [['Zie tabblad data']] },
      {
        name: 'data',
        rows: [
          ['location_id', 'subject_id', 'age_band', 'year', 'headcount', 'fte'],
          ['90AA00', 'vo-ak', '25-29', 2024, 2, 1.4],
          ['90AA00', 'vo-en', '<25', 2024, 1, 0.8],
        ],
      },
    ]);
    const result = await importTable(bytes, 'workforce.xlsx', { resource: 'workforce', sheet: 'data' });
    expect(result.report.errors).toEqual([]);
    expect(result.ok && toRows(result.table)).toEqual([
      { location_id: '90AA00', subject_id: 'vo-ak', age_band: '25-29', year: 2024, headcount: 2, fte: 1.4 },
      { location_id: '90AA00', subject_id: 'vo-en', age_band: '<25', year: 2024, headcount: 1, fte: 0.8 },
    ]);
    expect(result.ok && result.table.provenance).toMatchObject({
      format: 'xlsx',
      sheet: 'data',
      encoding: null,
    });
  });

  it('readXlsx(bytes, { sheet }) names the sheets when the sheet does not exist', () => {
    const bytes = buildXlsx([{ name: 'a', rows: [['x']] }]);
    expect(() => readXlsx(bytes, { file: 'w.xlsx', sheet: 'b' })).toThrow(
      'w.xlsx: "b" is not a sheet of this workbook',
    );
  });

  it('importTable(parquet) reads a Parquet file written by hyparquet-writer', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'location_id', data: ['90AA00', '90AA01', '90AA02'], type: 'STRING' },
        { name: 'year', data: new Int32Array([2024, 2024, 2025]), type: 'INT32' },
        { name: 'pupils', data: new Int32Array([570, 0, 1201]), type: 'INT32' },
      ],
    });
    const result = await importTable(new Uint8Array(buffer), 'pupils.parquet', { resource: 'pupils' });
    expect(result.report.errors).toEqual([]);
    expect(result.ok && toRows(result.table)).toEqual([
      { location_id: '90AA00', year: 2024, pupils: 570 },
      { location_id: '90AA01', year: 2024, pupils: 0 },
      { location_id: '90AA02', year: 2025, pupils: 1201 },
    ]);
  });

  it('importTable(bytes named .parquet but not Parquet) reports it instead of throwing', async () => {
    const result = await importTable(utf8('a,b\n'), 'x.parquet', { resource: 'pupils' });
    expect(result.report.errors[0].message).toBe(
      'x.parquet: is named .parquet but its content is not Parquet',
    );
  });
});

describe('importDataset', () => {
  it('importDataset(files) checks foreign keys against tables imported before, in dependency order', async () => {
    const files = [
      {
        resource: 'pupils' as const,
        file: 'pupils.csv',
        bytes: utf8('location_id,year,pupils\n90AA00,2024,570\n90ZZ99,2024,3\n'),
      },
      {
        resource: 'locations' as const,
        file: 'locations.csv',
        bytes: repoFile('data/rotterdam/locations.csv'),
      },
      { resource: 'boards' as const, file: 'boards.csv', bytes: repoFile('data/rotterdam/boards.csv') },
    ];
    const result = await importDataset(files, {
      references: {
        regions: ['R01'],
        sectors: ['vo', 'vso', 'mbo'],
        clusters: ['R01-C1', 'R01-C2', 'R01-C3'],
      },
    });
    expect(result.ok).toBe(false);
    expect(result.reports.map((r) => r.file)).toEqual(['boards.csv', 'locations.csv', 'pupils.csv']);
    expect(result.reports[2].errors.map((e) => e.message)).toEqual([
      'pupils.csv row 3, column location_id: "90ZZ99" is not a known location_id (not in locations)',
    ]);
    expect('tables' in result).toBe(false);
  });
});
