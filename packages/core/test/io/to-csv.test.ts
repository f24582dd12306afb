import { describe, expect, it } from 'vitest';
import { table } from 'arquero';
import { toCsv } from '../../src/io/to-csv.js';

describe('toCsv(table)', () => {
  it('toCsv(rows) writes a header, full-precision numbers and empty missing values', () => {
    const rows = [
      { unit: 'R01', year: 2030, value: 488.1597138029849 },
      { unit: 'R01', year: 2031, value: null },
      { unit: 'R01', year: 2032, value: Number.NaN, note: 'new column' },
    ];
    expect(toCsv(rows)).toBe(
      'unit,year,value,note\nR01,2030,488.1597138029849,\nR01,2031,,\nR01,2032,,new column\n',
    );
  });

  it('toCsv(arquero table) quotes commas, quotes, line breaks and outer spaces', () => {
    const t = table({
      name: ['a,b', 'say "hi"', 'two\nlines', ' padded', 'plain'],
      ok: [true, false, null, true, true],
    });
    expect(toCsv(t)).toBe(
      'name,ok\n"a,b",true\n"say ""hi""",false\n"two\nlines",\n" padded",true\nplain,true\n',
    );
  });

  it('toCsv([]) is empty', () => {
    expect(toCsv([])).toBe('');
  });
});
