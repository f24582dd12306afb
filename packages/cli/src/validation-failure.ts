import { CliError, EXIT } from './errors.js';
import type { LoadedDirectory } from './load-directory.js';
import { plural } from './format.js';
import { summaryLine } from './commands/validate.js';

/**
 * The error a command raises when its dataset has errors: the first problems (file, row, column, value,
 * expected), the summary and the advice to run `opgave validate`.
 * @param command command name
 * @param loaded the folder's reports
 * @param dirArg the folder as given
 * @param max how many problems to list
 * @returns the error to throw (exit 1)
 * @example
 * if (!loaded.ok) throw validationFailure('forecast', loaded, 'data/rotterdam');
 */
export function validationFailure(
  command: string,
  loaded: LoadedDirectory,
  dirArg: string,
  max = 20,
): CliError {
  const problems = loaded.reports.flatMap((r) => r.errors);
  const shown = problems
    .slice(0, max)
    .map((p) => `  ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`);
  const more = problems.length > max ? [`  … and ${plural(problems.length - max, 'more error')}`] : [];
  return new CliError(
    [
      `opgave ${command}: ${summaryLine(loaded, dirArg)}; nothing was written.`,
      ...shown,
      ...more,
      `Run "opgave validate ${dirArg}" for the full report.`,
    ].join('\n'),
    EXIT.invalid,
  );
}
