import { readFileSync } from 'node:fs';
import { backtestCommand } from './commands/backtest.js';
import { forecastCommand } from './commands/forecast.js';
import { importDuoCommand } from './commands/import-duo.js';
import { reportCommand } from './commands/report.js';
import { validateCommand } from './commands/validate.js';
import type { Command } from './command.js';
import { CliError, EXIT } from './errors.js';
import { processIo, type Io } from './io.js';

/** The commands of `opgave`, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  forecastCommand,
  backtestCommand,
  reportCommand,
  importDuoCommand,
];

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

/**
 * The top-level help: the commands and examples.
 * @returns the help text
 * @example
 * mainHelp().startsWith('Usage: opgave'); // true
 */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: opgave <command> [options]

Forecasts of teacher supply, demand and shortage for a Dutch onderwijsregio, from a dataset folder
with a datapackage.json (see docs/data.md).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help       show help (also: opgave <command> --help)
  -v, --version    show the version

Exit codes: 0 success, 1 invalid data or scenario, 2 usage error (or a feature this version lacks),
3 unexpected failure. Set OPGAVE_DEBUG=1 to see stack traces.

Examples:
  opgave validate data/rotterdam
  opgave forecast data/rotterdam --out results.csv
  opgave forecast data/rotterdam --scenario s.json --draws 1000 --out results.parquet
  opgave backtest data/rotterdam
  opgave report data/rotterdam --out rapportage.html
  opgave import-duo data/duo/*.csv --region data/regions/rotterdam-vo-mbo.csv --out my-region`;
}

/**
 * Runs the `opgave` command line: dispatches to a command, prints errors in one line (a stack trace
 * only with OPGAVE_DEBUG=1) and returns the exit code. Never calls process.exit, so tests can call it.
 * @param argv the arguments after `opgave`
 * @param io where to write (default this process's stdout and stderr)
 * @returns the exit code: 0 ok, 1 invalid input, 2 usage error, 3 unexpected failure
 * @example
 * const code = await main(['validate', 'data/rotterdam']);
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    const text = target ? target.help : mainHelp();
    (name === undefined ? io.stderr : io.stdout)(`${text}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`;
    io.stderr(`opgave: ${what}\n\n${mainHelp()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      if (error.showUsage) io.stderr(`\n${command.help}\n`);
      if (io.env.OPGAVE_DEBUG === '1' && error.stack) io.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    const e = error as Error;
    io.stderr(`opgave ${command.name}: unexpected error: ${e?.message ?? String(error)}\n`);
    if (io.env.OPGAVE_DEBUG === '1' && e?.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('(set OPGAVE_DEBUG=1 for the stack trace)\n');
    return EXIT.failure;
  }
}
