import { describe, expect, it } from 'vitest';
import { importedTableToCsvBytes } from './table-to-csv';

const importedTableToCsv = (table: Parameters<typeof importedTableToCsvBytes>[0]) =>
  new TextDecoder().decode(importedTableToCsvBytes(table));

describe('importedTableToCsvBytes', () => {
  it('importedTableToCsvBytes(table) writes numbers with a decimal point, missing values as empty fields', () => {
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

  it('importedTableToCsvBytes(table) writes booleans as true/false, null as empty, quotes commas and quotes', () => {
    const csv = importedTableToCsv({
      rowCount: 2,
      columns: { name: ['Lyceum "De Maas", Noord', null], partnership_member: [true, false] },
    });
    expect(csv).toBe('name,partnership_member\n"Lyceum ""De Maas"", Noord",true\n,false\n');
  });

  it('importedTableToCsvBytes(table) writes accents as UTF-8 and grows past its first estimate of the size', () => {
    const long = 'Één lange naam van een locatie, met een komma';
    const rows = 1000;
    const bytes = importedTableToCsvBytes({ rowCount: rows, columns: { name: Array(rows).fill(long) } });
    const expected = 'name\n' + `"${long}"\n`.repeat(rows);
    expect(bytes.length).toBe(new TextEncoder().encode(expected).length);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(expected);
  });
});
