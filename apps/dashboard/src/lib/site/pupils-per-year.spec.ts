import { expect, test } from 'vitest';
import { pupilsPerYear } from './pupils-per-year';

test('pupilsPerYear(bytes) adds up the pupils of every location per year, years in order', () => {
  const csv = 'location_id,year,pupils\r\n04IK00,2024,310\r\n04IK00,2019,295\r\n14QT00,2019,1005\r\n';
  expect([...pupilsPerYear(new TextEncoder().encode(csv))]).toEqual([
    [2019, 1300],
    [2024, 310],
  ]);
});

test('pupilsPerYear(bytes) finds the columns by name, whatever their order', () => {
  const csv = 'pupils,location_id,year\n7,A,2020\n';
  expect([...pupilsPerYear(new TextEncoder().encode(csv))]).toEqual([[2020, 7]]);
});

test('pupilsPerYear(bytes) reads a quoted field with a comma as one field', () => {
  const csv = 'location_id,name,year,pupils\n04IK00,"Noord, Oost",2019,295\n14QT00,Zuid,2019,5\n';
  expect([...pupilsPerYear(new TextEncoder().encode(csv))]).toEqual([[2019, 300]]);
});
