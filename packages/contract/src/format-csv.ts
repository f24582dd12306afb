/** Options of {@link formatCsv} and {@link csvRecord}. */
export interface CsvFormatOptions {
  /** Field separator; `,` by default (`;` for a spreadsheet in a Dutch locale). */
  delimiter?: ',' | ';' | '\t';
  /** Line end of every record; `\n` by default (`\r\n` for Excel). */
  newline?: '\n' | '\r\n';
  /** Start the text with a UTF-8 byte order mark, so Excel reads accents correctly; `false` by default. */
  bom?: boolean;
  /** `needed` (default): quote a field only when it must be; `all`: quote every field, as DUO's newer files do. */
  quote?: 'needed' | 'all';
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
  return NEEDS_QUOTES[delimiter].test(text) ? quoted(text) : text;
}

/**
 * One CSV record: its fields quoted where needed (or all of them), joined by the delimiter, ending with the
 * line end.
 * @param fields the fields' texts (an empty string is a missing value)
 * @param options delimiter, line end and quoting
 * @returns the record's text
 * @example
 * csvRecord(['90AA00', '2024', '570']); // → '90AA00,2024,570\n'
 */
export function csvRecord(fields: readonly string[], options: CsvFormatOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const field = options.quote === 'all' ? quoted : (text: string) => csvField(text, delimiter);
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : delimiter) + field(fields[i]);
  return line + (options.newline ?? '\n');
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * CSV text from records of field texts (the first record is the header): the one CSV writer of Opgave.
 * Comma, `"` quotes only where needed and `\n` by default; a BOM, `;` and `\r\n` are options for Excel,
 * quotes around every field an option for files in DUO's layout.
 * @param records header and rows, each a list of field texts
 * @param options delimiter, line end, byte order mark and quoting
 * @returns the text, ending with a line end
 * @example
 * formatCsv([['name', 'fte'], ['Noord', '12.5']]); // → 'name,fte\nNoord,12.5\n'
 */
export function formatCsv(records: Iterable<readonly string[]>, options: CsvFormatOptions = {}): string {
  let text = options.bom ? '\uFEFF' : '';
  for (const record of records) text += csvRecord(record, options);
  return text;
}
