import { OPGAVE_SCHEMAS } from '@opgave/import';
import { describe, expect, it } from 'vitest';
import { guessResource } from './guess-resource';

const schemas = OPGAVE_SCHEMAS;

describe('guessResource', () => {
  it("guessResource({ file: 'pupils.csv' }) takes the resource named by the file", () => {
    expect(guessResource({ file: 'pupils.csv', header: [], schemas })).toBe('pupils');
    expect(guessResource({ file: 'Pupil_forecast 2024.xlsx', header: [], schemas })).toBe('pupil_forecast');
  });

  it('guessResource({ file, header }) falls back on the header: Dutch names of the pupils columns', () => {
    expect(
      guessResource({ file: 'leerlingen.csv', header: ['Vestiging', 'Jaar', 'Aantal leerlingen'], schemas }),
    ).toBe('pupils');
  });

  it('guessResource({ file, header }) prefers the resource whose required columns are all present', () => {
    const header = ['location_id', 'subject_id', 'age_band', 'year', 'headcount', 'fte'];
    expect(guessResource({ file: 'export.csv', header, schemas })).toBe('workforce');
  });

  it('guessResource({ file, header }) is null when nothing matches', () => {
    expect(guessResource({ file: 'x.csv', header: ['foo', 'bar'], schemas })).toBeNull();
  });
});
