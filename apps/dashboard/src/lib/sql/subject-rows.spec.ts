import { expect, test } from 'vitest';
import { subjectRowsSql } from './subject-rows';

test('subjectRowsSql(options) selects one unit and year, ranks by shortage and breaks ties in the given order', () => {
  const sql = subjectRowsSql({
    level: 'cluster',
    unit: 'R01-C1',
    year: 2030,
    subjects: ['vo-wi', 'vo-en'],
    limit: 10,
  });
  expect(sql).toContain("WHERE level = 'cluster' AND unit = 'R01-C1' AND year = 2030");
  expect(sql).toContain("list_contains(['vo-wi', 'vo-en'], subject)");
  expect(sql).toContain("ORDER BY total_shortage_fte DESC, list_position(['vo-wi', 'vo-en'], subject)");
  expect(sql).toMatch(/LIMIT 10$/);
  expect(subjectRowsSql({ level: 'region', unit: 'R', year: 2030, subjects: ['a'] })).not.toContain('LIMIT');
});

test('subjectRowsSql(options) quotes ids, returns no rows without subjects and rejects a bad year or limit', () => {
  expect(subjectRowsSql({ level: 'board', unit: "B'1", year: 2030, subjects: ['x'] })).toContain(
    "unit = 'B''1'",
  );
  expect(subjectRowsSql({ level: 'board', unit: 'B1', year: 2030, subjects: [] })).toContain('WHERE false');
  expect(() => subjectRowsSql({ level: 'board', unit: 'B1', year: 2030.5, subjects: ['x'] })).toThrow(
    'subjectRowsSql: year 2030.5 is not a whole number',
  );
  expect(() =>
    subjectRowsSql({ level: 'board', unit: 'B1', year: 2030, subjects: ['x'], limit: -1 }),
  ).toThrow('subjectRowsSql: limit -1 is not a whole number ≥ 0');
});
