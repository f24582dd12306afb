/** How a CSV file is written. */
export interface CsvDialect {
  /** Field delimiter: `,`, `;` or tab. */
  delimiter: ',' | ';' | '\t';
  /** Quote character (always `"`). */
  quote: '"';
  /** Decimal separator used in numbers. */
  decimal: '.' | ',';
  /** Line ending of the first line. */
  lineTerminator: '\n' | '\r\n' | '\r';
}

const CANDIDATES = [',', ';', '\t'] as const;

/**
 * Guesses the dialect of CSV text from its first lines: the delimiter that splits the lines (outside
 * quotes) into the same number of fields, more than one; the decimal separator from number-like fields
 * (a decimal comma is only possible when the delimiter is not a comma, or inside quotes).
 * @param text decoded CSV text
 * @param sampleLines how many lines to look at (default 50)
 * @returns the dialect
 * @example
 * sniffCsvDialect('a;b\n1,5;2\n') // { delimiter: ';', quote: '"', decimal: ',', lineTerminator: '\n' }
 */
export function sniffCsvDialect(text: string, sampleLines = 50): CsvDialect {
  const lines = sampleOfLines(text, sampleLines);
  const nl = text.indexOf('\n');
  const cr = text.indexOf('\r');
  const lineTerminator: CsvDialect['lineTerminator'] =
    cr >= 0 && (nl < 0 || cr < nl) ? (text[cr + 1] === '\n' ? '\r\n' : '\r') : '\n';

  let delimiter: CsvDialect['delimiter'] = ',';
  let best = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => splitLine(l, d).length);
    if (counts.length === 0) continue;
    const first = counts[0];
    if (first < 2) continue;
    const same = counts.filter((c) => c === first).length / counts.length;
    // prefer consistency, then more columns
    const score = same * 1000 + Math.min(first, 999);
    if (score > best) {
      best = score;
      delimiter = d;
    }
  }

  let commaNumbers = 0;
  let pointNumbers = 0;
  for (const line of lines.slice(1)) {
    for (const field of splitLine(line, delimiter)) {
      const f = field.trim();
      if (/^-?\d+,\d+$/.test(f)) commaNumbers++;
      else if (/^-?\d+\.\d+$/.test(f)) pointNumbers++;
    }
  }
  const decimal = commaNumbers > pointNumbers ? ',' : '.';
  return { delimiter, quote: '"', decimal, lineTerminator };
}

function sampleOfLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && out.length < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) {
      if (i > start) out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (out.length < n && start < text.length) out.push(text.slice(start));
  return out.filter((l) => l.trim() !== '');
}

function splitLine(line: string, d: string): string[] {
  const out: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (inQuotes && line[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = !inQuotes;
    } else if (ch === d && !inQuotes) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
