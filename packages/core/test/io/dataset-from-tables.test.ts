import { describe, expect, it } from 'vitest';
import { from, toArrow, toArrowIPC } from 'arquero';
import { datasetFromTables } from '../../src/io/dataset-from-tables.js';
import { calibrate, project } from '../../src/index.js';
import { tinyDataset } from '../fixtures/tiny.js';
import type { Dataset } from '../../src/schema/types.js';

const RESOURCES = ['workforce', 'pupils', 'graduates', 'boards'] as const;

describe('datasetFromTables(input)', () => {
  it('datasetFromTables({ …: Arrow table }) gives the rows of the arrays it was built from', () => {
    const rows = tinyDataset() as Dataset;
    const input: Record<string, unknown> = { ...rows };
    for (const name of RESOURCES) input[name] = toArrow(from(rows[name] as object[]));
    const data = datasetFromTables(input as Parameters<typeof datasetFromTables>[0]);
    for (const name of RESOURCES) expect(data[name]).toEqual(rows[name]);
  });

  it('datasetFromTables({ …: Arrow IPC bytes, …: arquero table }) projects like the row arrays', () => {
    const rows = tinyDataset() as Dataset;
    const data = datasetFromTables({
      ...rows,
      workforce: toArrowIPC(from(rows.workforce as object[])),
      pupils: from(rows.pupils as object[]),
    });
    const expected = project(rows, { params: calibrate(rows), horizon: 3 }).series('total_shortage_fte');
    expect(project(data, { params: calibrate(data), horizon: 3 }).series('total_shortage_fte')).toEqual(
      expected,
    );
  });

  it('datasetFromTables({ workforce: 42 }) names the resource and what it accepts', () => {
    expect(() => datasetFromTables({ ...(tinyDataset() as Dataset), workforce: 42 as never })).toThrow(
      'workforce: expected an arquero table, an Arrow table, Arrow IPC bytes or an array of rows, got number',
    );
  });
});
