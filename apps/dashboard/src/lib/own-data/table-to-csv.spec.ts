import { describe, expect, it } from 'vitest';
import { importedTableToCsv } from './table-to-csv';

describe('importedTableToCsv', () => {
  it('importedTableToCsv(table) writes numbers with a decimal point, missing values as empty fields', () => {
    const csv = importedTableToCsv({
      rowCount: 2,
      columns: {
        location_id: ['90AA00', '90AB01'],
        year: new Float64Array([2024, 2025]),
        fte: new Float64Array([12.5, NaN]),
      },
    });
    expect(csv).toBe('location_id,year,fte\n90AA00,2024,12.5\n90AB01,2025,\n');
  });

  it('importedTableToCsv(table) writes booleans as true/false, null as empty, quotes commas and quotes', () => {
    const csv = importedTableToCsv({
      rowCount: 2,
      columns: { name: ['Lyceum "De Maas", Noord', null], partnership_member: [true, false] },
    });
    expect(csv).toBe('name,partnership_member\n"Lyceum ""De Maas"", Noord",true\n,false\n');
  });
});
