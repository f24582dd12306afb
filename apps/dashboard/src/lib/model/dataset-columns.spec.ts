import type { Dataset } from '@opgave/core';
import { describe, expect, it } from 'vitest';
import { columnBuffers, datasetFromColumns, datasetToColumns } from './dataset-columns';

// Two resources are enough: the functions treat every resource alike.
const data = {
  meta: { historyStart: 2015, historyEnd: 2024, synthetic: true },
  locations: [
    { location_id: 'L1', board_id: 'B1', name: 'De Bron', latitude: 51.9 },
    { location_id: 'L2', board_id: 'B1', latitude: null },
    { location_id: 'L3', board_id: 'B2', name: 'Het Anker', latitude: -0 },
  ],
  pupils: [
    { location_id: 'L1', year: 2024, pupils: 812, member: true },
    { location_id: 'L2', year: 2024, pupils: Number.NaN, member: false },
  ],
} as unknown as Dataset;

describe('datasetToColumns(data)', () => {
  it('lays numbers out as Float64Arrays and other values as codes into a dictionary', () => {
    const { meta, resources } = datasetToColumns(data);
    expect(meta).toEqual({ historyStart: 2015, historyEnd: 2024, synthetic: true });
    expect(resources.pupils.rows).toBe(2);
    const [location, year, pupils, member] = resources.pupils.columns;
    expect(location).toEqual({
      name: 'location_id',
      kind: 'coded',
      dictionary: ['L1', 'L2'],
      codes: new Uint32Array([0, 1]),
    });
    expect(year).toEqual({ name: 'year', kind: 'number', values: new Float64Array([2024, 2024]) });
    expect(pupils).toEqual({ name: 'pupils', kind: 'number', values: new Float64Array([812, Number.NaN]) });
    expect(member).toEqual({
      name: 'member',
      kind: 'coded',
      dictionary: [true, false],
      codes: new Uint32Array([0, 1]),
    });
  });

  it('codes a field a row does not have apart from null, and -0 apart from 0', () => {
    const { columns } = datasetToColumns(data).resources.locations;
    expect(columns.map((c) => c.name)).toEqual(['location_id', 'board_id', 'name', 'latitude']);
    expect(columns[1]).toMatchObject({ dictionary: ['B1', 'B2'], codes: new Uint32Array([0, 0, 1]) });
    expect(columns[2]).toMatchObject({
      dictionary: ['De Bron', 'Het Anker'],
      codes: new Uint32Array([0, 0xffffffff, 1]),
    });
    // null makes the coordinates a coded column; -0 is a value of its own there.
    expect(columns[3]).toMatchObject({ kind: 'coded', codes: new Uint32Array([0, 1, 2]) });
    expect((columns[3] as { dictionary: unknown[] }).dictionary).toEqual([51.9, null, -0]);
  });
});

describe('datasetFromColumns(datasetToColumns(data))', () => {
  it('gives the rows back field for field, leaving out a field a row did not have', () => {
    const back = datasetFromColumns(datasetToColumns(data));
    expect(back).toEqual(data);
    expect(Object.keys(back.locations[1])).toEqual(['location_id', 'board_id', 'latitude']);
    expect(Object.is(back.locations[2].latitude, -0)).toBe(true);
    expect(back.pupils[1].pupils).toBeNaN();
  });

  it('survives a postMessage that transfers columnBuffers(columns)', () => {
    const columns = datasetToColumns(data);
    const buffers = columnBuffers(columns);
    // locations: 4 coded columns; pupils: 2 coded and 2 number columns.
    expect(buffers).toHaveLength(8);
    const posted = structuredClone(columns, { transfer: buffers });
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect(datasetFromColumns(posted)).toEqual(data);
  });
});
