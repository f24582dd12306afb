import { expect, test } from 'vitest';
import { fromArrow, table } from './column-table-lite';

test('table(columns) gives the rows, columns and arrays core reads', () => {
  const t = table({ subject: ['wi', 'en'], value: new Float64Array([1.5, 2]) });
  expect(t.numRows()).toBe(2);
  expect(t.columnNames()).toEqual(['subject', 'value']);
  expect(Array.from(t.array('value'))).toEqual([1.5, 2]);
  expect(t.objects()).toEqual([
    { subject: 'wi', value: 1.5 },
    { subject: 'en', value: 2 },
  ]);
});

test('table(columns) names any other method it is asked for, and rejects columns of unequal length', () => {
  const t = table({ a: [1] }) as unknown as { filter: () => void };
  expect(() => t.filter()).toThrow('table: "filter" is not available in the dashboard\'s model worker');
  expect(() => table({ a: [1, 2], b: [1] })).toThrow('table: column "b" has 1 values, not 2');
  expect(() => table({ a: [1] }).array('b')).toThrow('table: no column "b"');
  expect(() => fromArrow()).toThrow('fromArrow is not available');
});
