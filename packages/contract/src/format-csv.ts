/** Options of {@link formatCsv} and {@link csvRecord}. */
export interface CsvFormatOptions {
  /** Field separator; `,` by default (`;` for a spreadsheet in a Dutch locale). */
  delimiter?: ',' | ';' | '\t';
  /** Line end of every record; `\n` by default (`\r\n` for Excel). */
  newline?: '\n' | '\r\n';
  /** Start the text with a UTF-8 byte order mark, so Excel reads accents correctly; `false` by default. */
  bom?: boolean;
}

const NEEDS_QUOTES: Record<string, RegExp> = {
  ',': /[",\r\n]|^\s|\s$/,
  ';': /[";\r\n]|^\s|\s$/,
  '\t': /["\t\r\n]|^\s|\s$/,
};

/**
 * One CSV field (RFC 4180): quoted, with inner quotes doubled, only when it holds a quote, the delimiter,
 * a line break or leading/trailing white space (which readers would otherwise trim).
 * @param text the field's text
 * @param delimiter the field separator
 * @returns the field as written
 * @example
 * csvField('Noord, Oost'); // → '"Noord, Oost"'
 */
export function csvField(text: string, delimiter: CsvFormatOptions['delimiter'] = ','): string {
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record: its fields quoted where needed, joined by the delimiter, ending with the line end.
 * @param fields the fields' texts (an empty string is a missing value)
 * @param options delimiter and line end
 * @returns the record's text
 * @example
 * csvRecord(['90AA00', '2024', '570']); // → '90AA00,2024,570\n'
 */
export function csvRecord(fields: readonly string[], options: CsvFormatOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : delimiter) + csvField(fields[i], delimiter);
  return line + (options.newline ?? '\n');
}

/**
 * CSV text from records of field texts (the first record is the header): the one CSV writer of Opgave.
 * Comma, `"` quotes only where needed and `\n` by default; a BOM, `;` and `\r\n` are options for Excel.
 * @param records header and rows, each a list of field texts
 * @param options delimiter, line end and byte order mark
 * @returns the text, ending with a line end
 * @example
 * formatCsv([['name', 'fte'], ['Noord', '12.5']]); // → 'name,fte\nNoord,12.5\n'
 */
export function formatCsv(records: Iterable<readonly string[]>, options: CsvFormatOptions = {}): string {
  let text = options.bom ? '\uFEFF' : '';
  for (const record of records) text += csvRecord(record, options);
  return text;
}
