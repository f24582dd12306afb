import { describe, expect, it } from 'vitest';
import { problemsToCsv } from './report-csv';

describe('problemsToCsv', () => {
  it('problemsToCsv(problems) writes one row per problem with row, column, value and expected', () => {
    const csv = problemsToCsv([
      {
        file: 'p.csv',
        row: 3,
        column: 'pupils',
        value: '12,5',
        expected: 'a whole number',
        severity: 'error',
        message: 'p.csv row 3, column pupils: "12,5" is not a whole number',
      },
    ]);
    expect(csv).toBe(
      'file,severity,row,column,value,expected,message\n' +
        'p.csv,error,3,pupils,"12,5",a whole number,"p.csv row 3, column pupils: ""12,5"" is not a whole number"\n',
    );
  });

  it('problemsToCsv([]) writes the header only', () => {
    expect(problemsToCsv([])).toBe('file,severity,row,column,value,expected,message\n');
  });
});
