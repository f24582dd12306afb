import { tokeniseCsv } from '@opgave/contract';

/**
 * Sums a dataset's `pupils.csv` (Opgave's format: `location_id,year,pupils`, a header, comma-separated,
 * quoted fields as RFC 4180) per year, for the page that says which years are real.
 * @param bytes the file's bytes (UTF-8)
 * @returns year → pupils, in year order
 * @example pupilsPerYear(new TextEncoder().encode('location_id,year,pupils\n04IK00,2019,295\n')) // Map { 2019 => 295 }
 */
export function pupilsPerYear(bytes: Uint8Array): Map<number, number> {
  const { header, columns, rowCount } = tokeniseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  const years = columns[header.indexOf('year')];
  const pupils = columns[header.indexOf('pupils')];
  const sums = new Map<number, number>();
  if (!years || !pupils) return sums;
  for (let row = 0; row < rowCount; row++) {
    const year = Number(years[row]);
    sums.set(year, (sums.get(year) ?? 0) + Number(pupils[row]));
  }
  return new Map([...sums].sort((a, b) => a[0] - b[0]));
}
