import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsv, tokeniseCsv } from '@opgave/contract';
import { main } from '../src/main.js';
import type { Io } from '../src/io.js';

/** The synthetic Rotterdam dataset of the repository. */
export const ROTTERDAM = fileURLToPath(new URL('../../../data/rotterdam', import.meta.url));
/** The built command, for subprocess runs. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** What a run of the command printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `opgave <argv>` in-process with captured stdout and stderr.
 * @param argv the arguments after `opgave`
 * @param options working directory, TTY flag, environment
 * @returns exit code and output
 */
export async function run(
  argv: string[],
  options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/**
 * A fresh temporary folder, removed by the returned cleanup.
 * @returns the folder and a function that removes it
 */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'opgave-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Copies data/rotterdam into a temporary folder and lets a test break it.
 * @param parent the folder to copy into
 * @param edit changes files: (file name, text) → new text, or undefined to keep it
 * @returns the dataset folder
 */
export async function brokenCopy(
  parent: string,
  edits: Record<string, (text: string) => string>,
  name = 'dataset',
): Promise<string> {
  const dir = join(parent, name);
  await cp(ROTTERDAM, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    await writeFile(path, edit(await readFile(path, 'utf8')));
  }
  return dir;
}

/**
 * Reads CSV text with the contract's `tokeniseCsv` into a header and rows; a structural problem throws.
 * @param text the CSV
 * @returns the header, the rows of field texts, and the line each row starts on (header = line 1)
 * @example
 * parseCsvRows('a,b\n1,2\n'); // → { header: ['a', 'b'], rows: [['1', '2']], lines: [2] }
 */
export function parseCsvRows(text: string): { header: string[]; rows: string[][]; lines: number[] } {
  const { header, columns, rowCount, rowNumbers, problems } = tokeniseCsv(text);
  if (problems.length > 0) throw new Error(`CSV line ${problems[0].line}: ${problems[0].message}`);
  const rows = Array.from({ length: rowCount }, (_, i) => columns.map((column) => column[i]));
  return { header, rows, lines: rowNumbers };
}

/**
 * Replaces one cell of a CSV (header = row 1, as the messages count) and writes it back with `formatCsv`.
 * @param text the CSV
 * @param row row number as the user sees it
 * @param column column name
 * @param value new text of the cell
 * @returns the CSV with the cell replaced
 * @example
 * setCell('a,b\n1,2\n', 2, 'b', 'x'); // → 'a,b\n1,x\n'
 */
export function setCell(text: string, row: number, column: string, value: string): string {
  const { header, rows, lines } = parseCsvRows(text);
  const j = header.indexOf(column);
  if (j < 0) throw new Error(`no column ${column}`);
  const i = lines.indexOf(row);
  if (i < 0) throw new Error(`no row ${row}`);
  rows[i][j] = value;
  return formatCsv([header, ...rows]);
}
