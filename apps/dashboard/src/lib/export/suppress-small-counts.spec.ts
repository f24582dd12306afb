import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from './suppress-small-counts';

const columns = [
  { key: 'school', label: 'School' },
  { key: 'pupils', label: 'Leerlingen', persons: true },
  { key: 'fte', label: 'Fte' },
];

describe('suppressSmallCounts', () => {
  it('suppressSmallCounts(rows, columns) writes 1–4 persons as <5 and keeps 0, 5 and more', () => {
    const rows = [0, 1, 4, 4.9, 5, 120].map((pupils) => ({ school: 'A', pupils, fte: 2 }));
    expect(suppressSmallCounts(rows, columns).map((r) => r.pupils)).toEqual([0, '<5', '<5', '<5', 5, 120]);
  });

  it('suppressSmallCounts(rows, columns) leaves columns that are not persons alone, even when small', () => {
    expect(suppressSmallCounts([{ school: 'B', pupils: 30, fte: 1.2 }], columns)).toEqual([
      { school: 'B', pupils: 30, fte: 1.2 },
    ]);
  });

  it('suppressSmallCounts(rows, columns) does not change the rows it is given', () => {
    const rows = [{ school: 'C', pupils: 2, fte: 0.5 }];
    suppressSmallCounts(rows, columns);
    expect(rows[0].pupils).toBe(2);
  });

  it('suppressSmallCounts(rows, columns, { below: 10, mark: "x" }) uses the given threshold and mark', () => {
    expect(suppressSmallCounts([{ pupils: 9 }, { pupils: 10 }], columns, { below: 10, mark: 'x' })).toEqual([
      { pupils: 'x' },
      { pupils: 10 },
    ]);
  });

  it('suppressSmallCounts(rows, columns) leaves text and missing values alone', () => {
    expect(suppressSmallCounts([{ pupils: '3' }, { pupils: null }], columns)).toEqual([
      { pupils: '3' },
      { pupils: null },
    ]);
  });
});
