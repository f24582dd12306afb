/**
 * Sums a dataset's `pupils.csv` (Opgave's format: `location_id,year,pupils`, a header, comma-separated) per
 * year, for the page that says which years are real.
 * @param bytes the file's bytes (UTF-8)
 * @returns year → pupils, in year order
 * @example pupilsPerYear(new TextEncoder().encode('location_id,year,pupils\n04IK00,2019,295\n')) // Map { 2019 => 295 }
 */
export function pupilsPerYear(bytes: Uint8Array): Map<number, number> {
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  const header = lines[0].replace(/^\uFEFF/, '').split(',');
  const yearAt = header.indexOf('year');
  const pupilsAt = header.indexOf('pupils');
  const sums = new Map<number, number>();
  if (yearAt < 0 || pupilsAt < 0) return sums;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const cells = line.split(',');
    const year = Number(cells[yearAt]);
    sums.set(year, (sums.get(year) ?? 0) + Number(cells[pupilsAt]));
  }
  return new Map([...sums].sort((a, b) => a[0] - b[0]));
}
