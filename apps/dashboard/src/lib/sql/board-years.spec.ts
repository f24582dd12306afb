import { expect, test } from 'vitest';
import { boardYearsSql } from './board-years';

test('boardYearsSql(options) joins measured years before each board’s first model year with the model’s, in board order', () => {
  const sql = boardYearsSql({ boards: ['B2', 'B1'], subject: 'all', from: 2014, to: 2040 });
  expect(sql).toContain("level = 'board' AND subject = 'all' AND list_contains(['B2', 'B1'], unit)");
  expect(sql).toContain('start.first IS NULL OR h.year < start.first');
  expect(sql).toContain('WHERE year BETWEEN 2014 AND 2040');
  expect(sql).toContain("ORDER BY list_position(['B2', 'B1'], unit), year");
});

test('boardYearsSql(options) returns no rows without boards and rejects a year that is not whole', () => {
  expect(boardYearsSql({ boards: [], subject: 'all', from: 2014, to: 2040 })).toContain('WHERE false');
  expect(() => boardYearsSql({ boards: ['B1'], subject: 'all', from: 2014, to: 2040.5 })).toThrow(
    'boardYearsSql: to 2040.5 is not a whole number',
  );
});
