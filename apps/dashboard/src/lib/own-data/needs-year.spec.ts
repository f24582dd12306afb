import { expect, test } from 'vitest';
import { needsYear } from './needs-year';

test('needsYear(kind) asks the year of pupils files only', () => {
  expect(needsYear('pupils-per-location')).toBe(true);
  expect(needsYear('pupils-per-location-total')).toBe(true);
  expect(needsYear('locations')).toBe(false);
  expect(needsYear('hbo-enrolment')).toBe(false);
  expect(needsYear('ho-graduates')).toBe(false);
});
