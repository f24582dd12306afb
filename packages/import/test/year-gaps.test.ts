import { describe, expect, it } from 'vitest';
import { describeYears, findYearGaps, importTable } from '../src/index.js';
import { utf8 } from './helpers.js';

// Issue 13, defect 3: deleting the pupils of 2020–2023 passed validation and changed the forecast.
describe('yearly series', () => {
  it('findYearGaps(years) lists the years missing between the first and the last', () => {
    expect(findYearGaps([2019, 2024, 2025, 2019])).toEqual([2020, 2021, 2022, 2023]);
    expect(findYearGaps([2025, 2024])).toEqual([]);
    expect(findYearGaps([])).toEqual([]);
  });

  it('describeYears(years) gives runs as ranges', () => {
    expect(describeYears([2020, 2021, 2022, 2023, 2025])).toBe('2020–2023, 2025');
  });

  it('importTable(pupils of 2019 and 2024, { resource: "pupils" }) is an error naming the resource and the years', async () => {
    const r = await importTable(
      utf8('location_id,year,pupils\n90AA00,2019,500\n90AA00,2024,520\n'),
      'pupils.csv',
      {
        resource: 'pupils',
        references: { locations: new Set(['90AA00']) },
      },
    );
    expect(r.ok).toBe(false);
    expect(r.report.errors).toEqual([
      expect.objectContaining({
        file: 'pupils.csv',
        column: 'year',
        value: '2020–2023',
        expected: 'every year from 2019 to 2024',
        message:
          'pupils.csv, column year: "2020–2023" resource pupils has no rows for 2020–2023: a yearly series needs every year from 2019 to 2024',
      }),
    ]);
  });

  it('importTable(pupils of one location from 2021 and another to 2020) is fine: the series is the whole table', async () => {
    const r = await importTable(
      utf8('location_id,year,pupils\n90AA00,2019,500\n90AA00,2020,510\n90AB00,2021,300\n'),
      'pupils.csv',
      { resource: 'pupils', references: { locations: new Set(['90AA00', '90AB00']) } },
    );
    expect(r.report.errors).toEqual([]);
  });
});
