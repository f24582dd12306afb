import { makeProblem } from './problem.js';
import type { OpgaveResource } from './opgave-schemas.js';
import type { Problem, TypedColumn } from './types.js';

/**
 * Resources whose rows form a yearly series: a year missing in the middle (pupils of 2020–2023 deleted)
 * would silently change a forecast and a backtest, so it is an error.
 */
export const YEARLY_RESOURCES: readonly OpgaveResource[] = [
  'pupils',
  'workforce',
  'hires',
  'leavers',
  'vacancies',
  'lesson_hours',
];

/**
 * The years missing between the first and the last of a list of years.
 * @param years years in any order, repeats allowed
 * @returns the missing years, ascending
 * @example
 * findYearGaps([2019, 2024, 2025]) // [2020, 2021, 2022, 2023]
 */
export function findYearGaps(years: Iterable<number>): number[] {
  const present = new Set(years);
  if (present.size === 0) return [];
  const sorted = [...present].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let y = sorted[0] + 1; y < sorted[sorted.length - 1]; y++) if (!present.has(y)) gaps.push(y);
  return gaps;
}

/**
 * Describes year gaps as ranges: `2020–2023, 2025`.
 * @param gaps missing years, ascending
 * @returns the ranges as text
 * @example
 * describeYears([2020, 2021, 2022, 2023, 2025]) // '2020–2023, 2025'
 */
export function describeYears(gaps: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < gaps.length;) {
    let j = i;
    while (j + 1 < gaps.length && gaps[j + 1] === gaps[j] + 1) j++;
    parts.push(j === i ? String(gaps[i]) : `${gaps[i]}–${gaps[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * The error for a yearly series with a gap, naming the resource and the missing years; null without a gap.
 * @param resource the resource
 * @param file the file, for the message
 * @param years the year column
 * @returns the problem, or null
 * @example
 * yearGapProblem('pupils', 'pupils.csv', [2019, 2024])?.message
 * // 'pupils.csv, column year: "2020–2023" resource pupils has no rows for 2020–2023: a yearly series needs every year from 2019 to 2024'
 */
export function yearGapProblem(
  resource: string,
  file: string,
  years: TypedColumn | readonly (number | null)[] | undefined,
): Problem | null {
  if (!years) return null;
  const present = new Set<number>();
  for (let i = 0; i < years.length; i++) {
    const y = years[i];
    if (typeof y === 'number') present.add(y);
  }
  const gaps = findYearGaps(present);
  if (gaps.length === 0) return null;
  const first = Math.min(...present);
  const last = Math.max(...present);
  const text = describeYears(gaps);
  return makeProblem(
    file,
    0,
    'year',
    text,
    `every year from ${first} to ${last}`,
    `resource ${resource} has no rows for ${text}: a yearly series needs every year from ${first} to ${last}`,
  );
}
