/** Options of {@link tokeniseCsv}. */
export interface TokeniseCsvOptions {
  /** Field delimiter (one character); default `,`. */
  delimiter?: string;
}

/** A structural problem of CSV text: a record with the wrong number of fields, or a quote never closed. */
export interface CsvStructureProblem {
  /** Line of the file where the record starts (1 = header). */
  line: number;
  /** Fields the record has, for a record with the wrong number of fields. */
  fields?: number;
  expected: string;
  message: string;
}

/** CSV text split into a header and columns of strings. */
export interface CsvTokens {
  /** Column names, trimmed. */
  header: string[];
  /** One array of field texts per column. */
  columns: string[][];
  rowCount: number;
  /** Line of the file where each row starts. */
  rowNumbers: number[];
  problems: CsvStructureProblem[];
}

/**
 * Splits CSV text (RFC 4180: quoted fields with embedded delimiters, quotes doubled inside quotes, line
 * breaks inside quotes, CRLF, LF or CR line endings) into a header and columns: the one CSV reader of Opgave.
 * The first record is the header. Blank lines are skipped. Never throws: rows with too few fields are padded
 * with empty values and reported, rows with extra non-empty fields are reported, an unclosed quote is reported,
 * each with the line it starts on.
 * @param text decoded CSV text (without BOM)
 * @param options the delimiter
 * @returns header, columns of strings, the line of each row and the structural problems
 * @example
 * tokeniseCsv('a;b\n1;"x;y"\n', { delimiter: ';' }).columns // [['1'], ['x;y']]
 */
export function tokeniseCsv(text: string, options: TokeniseCsvOptions = {}): CsvTokens {
  const delimiter = options.delimiter ?? ',';
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const problems: CsvStructureProblem[] = [];

  let header: string[] | null = null;
  let columns: string[][] = [];
  let ncols = 0;
  const rowNumbers: number[] = [];
  let pos = 0;
  let line = 1;
  const headerFields: string[] = [];

  while (pos < n) {
    const recordLine = line;
    let fi = 0;
    let extraNonEmpty = 0;
    let quotedAny = false;
    let lastValue: string;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === 34) {
        quotedAny = true;
        let start = pos + 1;
        let buf = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q < 0) {
            buf += text.slice(start);
            pos = n;
            problems.push({
              line: recordLine,
              expected: 'a closing quote',
              message: 'a quoted field is never closed',
            });
            break;
          }
          if (text.charCodeAt(q + 1) === 34) {
            buf += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          buf += text.slice(start, q);
          pos = q + 1;
          break;
        }
        line += countLineBreaks(buf);
        // Text after the closing quote and before the next delimiter is kept, as spreadsheets do.
        if (pos < n) {
          let i = pos;
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === d || c === 10 || c === 13) break;
            i++;
          }
          if (i > pos) buf += text.slice(pos, i);
          pos = i;
        }
        value = buf;
      } else {
        let i = pos;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d || c === 10 || c === 13) break;
          i++;
        }
        value = text.slice(pos, i);
        pos = i;
      }

      if (header === null) headerFields.push(value);
      else if (fi < ncols) columns[fi].push(value);
      else if (value.trim() !== '') extraNonEmpty++;
      lastValue = value;

      if (pos >= n) break;
      const c = text.charCodeAt(pos);
      if (c === d) {
        pos++;
        fi++;
        if (pos >= n) {
          // a delimiter at the very end: one more, empty field
          if (header === null) headerFields.push('');
          else if (fi < ncols) columns[fi].push('');
          lastValue = 'x';
          break;
        }
        continue;
      }
      pos += c === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      line++;
      break;
    }

    const fields = fi + 1;
    const blank = fields === 1 && !quotedAny && lastValue.trim() === '';
    if (header === null) {
      if (blank) {
        headerFields.length = 0;
        continue;
      }
      header = headerFields.map((h) => h.trim());
      ncols = header.length;
      columns = header.map(() => []);
      continue;
    }
    if (blank) {
      if (ncols > 0) columns[0].pop();
      continue;
    }
    rowNumbers.push(recordLine);
    if (fields < ncols) {
      for (let c = fields; c < ncols; c++) columns[c].push('');
      problems.push({
        line: recordLine,
        fields,
        expected: `${ncols} fields`,
        message: `has ${fields} field${fields === 1 ? '' : 's'} but the header has ${ncols}`,
      });
    } else if (extraNonEmpty > 0) {
      problems.push({
        line: recordLine,
        fields,
        expected: `${ncols} fields`,
        message: `has ${fields} fields but the header has ${ncols}`,
      });
    }
  }

  return {
    header: header ?? [],
    columns,
    rowCount: rowNumbers.length,
    rowNumbers,
    problems,
  };
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) count++;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) count++;
  return count;
}
