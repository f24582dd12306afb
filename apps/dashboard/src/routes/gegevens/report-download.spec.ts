import type { Problem } from '@opgave/import';
import { expect, test } from 'vitest';
import { reportDownload } from './report-download';

const problem = (p: Partial<Problem>): Problem => ({
  file: 'leerlingen.csv',
  row: 0,
  column: '',
  value: '',
  expected: '',
  severity: 'error',
  message: '',
  ...p,
});

const report = {
  file: 'leerlingen.v2.csv',
  errors: [problem({ row: 6, column: 'pupils', value: '-3', expected: 'at least 0', message: 'below zero' })],
  warnings: [
    problem({
      row: 7,
      column: 'year',
      value: '2031',
      expected: 'a year',
      severity: 'warning',
      message: 'late',
    }),
  ],
};

test('reportDownload(report, lang) names the file after the report without its extension', () => {
  expect(reportDownload(report, 'nl').name).toBe('opgave-controlerapport-leerlingen.v2.csv');
});

test("reportDownload(report, lang) lists errors, then warnings, with the expectation in the page's language", () => {
  expect(reportDownload(report, 'nl').csv).toBe(
    'file,severity,row,column,value,expected,message\n' +
      'leerlingen.csv,error,6,pupils,-3,minstens 0,below zero\n' +
      'leerlingen.csv,warning,7,year,2031,een jaartal,late\n',
  );
  expect(reportDownload(report, 'en').csv.split('\n')[1]).toBe(
    'leerlingen.csv,error,6,pupils,-3,at least 0,below zero',
  );
});
