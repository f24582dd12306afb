import { describe, expect, it } from 'vitest';
import {
  OPGAVE_SCHEMAS,
  parseCsv,
  suggestColumnMapping,
  validateTable,
  type TableSchema,
} from '../src/index.js';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, pattern: '^[A-Z][0-9]$' } },
    { name: 'n', type: 'integer', constraints: { required: true, minimum: 0, maximum: 100 } },
    { name: 'x', type: 'number' },
    { name: 'flag', type: 'boolean' },
    { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
  ],
  primaryKey: ['id'],
};

describe('validateTable', () => {
  it('validateTable(table, schema) converts types into typed columns', () => {
    const v = validateTable(parseCsv('id,n,x,flag,kind\nA1,3,1.25,ja,a\nB2,0,,false,\n'), schema);
    expect(v.errors).toEqual([]);
    expect([...(v.columns.n as Float64Array)]).toEqual([3, 0]);
    expect(v.columns.x[0]).toBe(1.25);
    expect(Number.isNaN(v.columns.x[1])).toBe(true);
    expect(v.columns.flag).toEqual([true, false]);
    expect(v.columns.kind).toEqual(['a', null]);
  });

  it('validateTable(table, schema) finds a repeated compound key among unique ones, skipping rows missing a part', () => {
    const pair: TableSchema = {
      fields: [
        { name: 'loc', type: 'string' },
        { name: 'year', type: 'integer' },
      ],
      primaryKey: ['loc', 'year'],
    };
    const unique = validateTable(parseCsv('loc,year\nA,2024\nA,2025\nB,2024\n,2024\n'), pair, {
      file: 'k.csv',
    });
    expect(unique.errors.filter((e) => e.message.includes('duplicate'))).toEqual([]);
    const repeated = validateTable(parseCsv('loc,year\nA,2024\nB,2024\nA,2025\nB,2024\n'), pair, {
      file: 'k.csv',
    });
    expect(repeated.errors.map((e) => e.message)).toEqual([
      'k.csv row 5, column loc, year: "B, 2024" repeats the key of row 3 (duplicate key)',
    ]);
  });

  it('validateTable(table, schema, { decimal: "," }) reads decimal commas', () => {
    const v = validateTable(parseCsv('id;n;x\nA1;3;0,75\n', { delimiter: ';' }), schema, { decimal: ',' });
    expect(v.columns.x[0]).toBe(0.75);
  });

  it('validateTable(table, schema) names row, column, value and expectation of each problem', () => {
    const v = validateTable(
      parseCsv('id,n,x,flag,kind\nA1,-1,1,true,a\nzz,2.5,abc,misschien,c\nA1,101,1e3,1,b\n'),
      schema,
      {
        file: 't.csv',
      },
    );
    expect(v.errors.map((e) => e.message)).toEqual([
      't.csv row 2, column n: "-1" is below the minimum 0',
      't.csv row 3, column id: "zz" does not match the pattern ^[A-Z][0-9]$',
      't.csv row 3, column n: "2.5" is not a whole number',
      't.csv row 3, column x: "abc" is not a number',
      't.csv row 3, column flag: "misschien" is not true or false',
      't.csv row 3, column kind: "c" is not an allowed value (one of a, b)',
      't.csv row 4, column n: "101" is above the maximum 100',
      't.csv row 4, column id: "A1" repeats the value of row 2 (duplicate key)',
    ]);
    expect(v.errors[2]).toMatchObject({
      row: 3,
      column: 'n',
      value: '2.5',
      expected: 'a whole number',
      severity: 'error',
    });
    expect(v.columns.x[2]).toBe(1000);
  });

  it('validateTable(table, schema) reports missing required and optional columns and extra ones', () => {
    const v = validateTable(parseCsv('id,extra\nA1,z\n'), schema, { file: 't.csv' });
    expect(v.errors.map((e) => e.message)).toEqual(['t.csv row 1, column n: required column is missing']);
    expect(v.warnings.map((e) => e.message)).toContain(
      't.csv row 1, column extra: is not a column of this table and is ignored',
    );
    expect(v.warnings.map((e) => e.message)).toContain(
      't.csv row 1, column x: optional column is missing; its values are left empty',
    );
  });

  it('validateTable(table, schema, { decimal: "." }) explains a decimal comma', () => {
    const v = validateTable(parseCsv('id,n,x\nA1,1,"0,5"\n'), schema, { file: 't.csv' });
    expect(v.errors[0].message).toBe(
      't.csv row 2, column x: "0,5" has a decimal comma; this file uses a decimal point',
    );
  });

  it('validateTable(table, schema, { references }) checks foreign keys, skipping empty values', () => {
    const v = validateTable(
      parseCsv(
        'institute_id,programme_id,subject_id,year,placement_board_id,graduates\nI001,p,vo-ak,2020,,3\nI001,p,vo-ak,2020,B0009,1\n',
      ),
      OPGAVE_SCHEMAS.graduates,
      { file: 'g.csv', references: { boards: new Set(['B0001']) } },
    );
    expect(v.errors.map((e) => e.message)).toEqual([
      'g.csv row 3, column placement_board_id: "B0009" is not a known board_id (not in boards)',
    ]);
  });

  it('validateTable(table, schema, { totals }) reports totals that disagree', () => {
    const v = validateTable(
      parseCsv('location_id,year,pupils\n90AA00,2024,570\n90AA01,2024,300\n'),
      OPGAVE_SCHEMAS.pupils,
      {
        file: 'p.csv',
        totals: [{ column: 'pupils', expected: 880, source: 'the DUO total' }],
      },
    );
    expect(v.errors[0].message).toBe(
      'p.csv, column pupils: "870" is the sum of the column, but the DUO total is 880',
    );
    const ok = validateTable(parseCsv('location_id,year,pupils\n90AA00,2024,570\n'), OPGAVE_SCHEMAS.pupils, {
      totals: [{ column: 'pupils', expected: 570 }],
    });
    expect(ok.errors).toEqual([]);
  });

  it('validateTable(table, schema, { maxProblems }) lists at most maxProblems and counts the rest', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `A${i % 10},x`).join('\n');
    const v = validateTable(parseCsv(`id,n\n${rows}\n`), schema, { maxProblems: 10 });
    expect(v.errors).toHaveLength(10);
    expect(v.truncated).toBe(50 + 40 - 10);
  });
});

describe('suggestColumnMapping', () => {
  it('suggestColumnMapping(header, schema) matches normalised names and Dutch synonyms', () => {
    const s = suggestColumnMapping(
      ['Vestiging', 'Jaar', 'Aantal leerlingen', 'Opmerking'],
      OPGAVE_SCHEMAS.pupils,
    );
    expect(s.mapping).toEqual({ location_id: 'Vestiging', year: 'Jaar', pupils: 'Aantal leerlingen' });
    expect(s.unused).toEqual(['Opmerking']);
    const w = suggestColumnMapping(
      ['LOCATION ID', 'Vak', 'Leeftijdsklasse', 'jaar', 'Personen', 'FTE'],
      OPGAVE_SCHEMAS.workforce,
    );
    expect(w.unmatched).toEqual([]);
    expect(w.mapping.headcount).toBe('Personen');
  });
});
