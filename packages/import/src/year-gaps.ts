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
