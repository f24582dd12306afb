import { parseCommandArgs } from '../args.js';
import { COMMON_HELP, type Command } from '../command.js';
import { EXIT } from '../errors.js';
import { count, plural } from '../format.js';
import { createProgress, type Io } from '../io.js';
import { loadDirectory, type FileReport, type LoadedDirectory } from '../load-directory.js';
import type { Problem } from '@opgave/import';

const help = `Usage: opgave validate <dir> [--json]

Reads <dir>/datapackage.json and every file it lists (CSV, XLSX or Parquet), checks each against the
Opgave data format (types, ranges, keys, foreign keys, no missing years in a yearly series) and prints
every error and warning with its file, row, column, value and what was expected. Where the
datapackage.json gives a resource a schema that differs from the built-in one (a wider year range, other
codes), that schema is used, provided it keeps every column of the format with its type.

Options:
      --json           print the report as JSON on stdout
${COMMON_HELP}

Exit codes: 0 valid (perhaps with warnings), 1 errors found, 2 usage error (no <dir>, no datapackage.json).

Examples:
  opgave validate data/rotterdam
  opgave validate ./my-region --json > report.json`;

/**
 * Prints the problems of one file, each with what was expected.
 * @param report one file's report
 * @returns lines of text
 */
function fileLines(report: FileReport): string[] {
  const head =
    report.errors.length === 0 && report.warnings.length === 0
      ? `  ok       ${report.file}${report.resource ? ` (${plural(report.rowCount, 'row')}${report.schema === 'own' ? '; its own schema from datapackage.json' : ''})` : ''}`
      : `  ${report.errors.length > 0 ? 'invalid' : 'warnings'} ${report.file}: ${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}`;
  const problem = (p: Problem) =>
    `    ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`;
  const lines = [head, ...report.errors.map(problem), ...report.warnings.map(problem)];
  if (report.truncated > 0) lines.push(`    … and ${plural(report.truncated, 'more problem')} not listed`);
  return lines;
}

/**
 * The summary line of a validation.
 * @param loaded the folder's reports
 * @param dirArg the folder as given
 * @returns one line
 */
export function summaryLine(loaded: LoadedDirectory, dirArg: string): string {
  const files = loaded.reports.filter((r) => r.resource !== null);
  const rows = files.reduce((s, r) => s + r.rowCount, 0);
  const errors = loaded.reports.reduce((s, r) => s + r.errors.length, 0);
  const truncated = loaded.reports.reduce((s, r) => s + r.truncated, 0);
  const warnings = loaded.reports.reduce((s, r) => s + r.warnings.length, 0);
  const bad = loaded.reports.filter((r) => r.errors.length > 0).length;
  const extent = `${plural(files.length, 'file')}, ${plural(rows, 'row')}`;
  return loaded.ok
    ? `${dirArg} is valid: ${extent}, ${plural(warnings, 'warning')}`
    : `${dirArg} has errors: ${plural(errors, 'error')}${truncated > 0 ? ` (+${count(truncated)} not listed)` : ''} in ${plural(bad, 'file')}, ${plural(warnings, 'warning')} (${extent})`;
}

/** `opgave validate <dir>`: checks every file of a dataset and prints the problems. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a dataset folder and list every error with file, row, column and value',
  help,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('validate', argv, { json: { type: 'boolean' } }, 1);
    if (values.help) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    const progress = createProgress(io, values);
    const loaded = await loadDirectory('validate', positionals[0], io.cwd, progress);
    const dirArg = positionals[0];
    if (values.json) {
      const errors = loaded.reports.reduce((s, r) => s + r.errors.length, 0);
      const warnings = loaded.reports.reduce((s, r) => s + r.warnings.length, 0);
      const report = {
        dir: dirArg,
        title: loaded.title,
        valid: loaded.ok,
        errors,
        warnings,
        files: loaded.reports,
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const lines = [`${loaded.title}`];
      for (const r of loaded.reports) {
        if (r.resource === null && r.errors.length === 0 && r.warnings.length === 0) continue;
        lines.push(...fileLines(r));
      }
      lines.push(summaryLine(loaded, dirArg));
      io.stdout(`${lines.join('\n')}\n`);
    }
    return loaded.ok ? EXIT.ok : EXIT.invalid;
  },
};
