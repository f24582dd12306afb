import { csvRecord } from '@opgave/contract';
import type { ResultsInput } from './results-columns.js';
import { resultsColumns } from './results-columns.js';

/**
 * Format results as CSV text (RFC 4180: comma, `"` quotes, LF line ends, header row) that R's `read.csv`,
 * pandas' `read_csv` and spreadsheets read as they are. Numbers keep full precision; missing values are
 * empty. Works in every runtime.
 * @param table arquero table (e.g. `projection.table()`) or array of row objects (e.g. `simulationSummary(sim)`)
 * @returns the CSV text, ending with a line break
 * @example
 * toCsv([{ year: 2030, value: 488.2 }]); // → 'year,value\n2030,488.2\n'
 */
export function toCsv(table: ResultsInput): string {
  const columns = resultsColumns(table);
  if (columns.length === 0) return '';
  const rows = columns[0].values.length;
  let text = csvRecord(columns.map((c) => c.name));
  const fields: string[] = new Array(columns.length);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns.length; j++) {
      const v = columns[j].values[i];
      fields[j] = v === null ? '' : String(v);
    }
    text += csvRecord(fields);
  }
  return text;
}
