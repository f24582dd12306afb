/**
 * Exit codes of the `opgave` command.
 * @example
 * process.exitCode = EXIT.usage;
 */
export const EXIT = {
  /** Success (for validate: valid, perhaps with warnings). */
  ok: 0,
  /** Bad input: the dataset or the scenario file has errors; nothing was written. */
  invalid: 1,
  /** Usage error: unknown command or flag, missing argument, unknown output format. */
  usage: 2,
  /** Unexpected failure (a bug, or a file that could not be written). */
  failure: 3,
} as const;

/** An exit code of the `opgave` command. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the CLI reports in one line (no stack trace) with its exit code.
 * @example
 * throw new CliError('missing <dir>', EXIT.usage);
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Print the command's usage after the message. */
  readonly showUsage: boolean;
  /**
   * @param message what went wrong, naming the thing and the place
   * @param exitCode exit code (default 1)
   * @param options showUsage: print the usage after the message
   */
  constructor(message: string, exitCode: ExitCode = EXIT.invalid, options: { showUsage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.showUsage = options.showUsage ?? exitCode === EXIT.usage;
  }
}

/**
 * A usage error (exit code 2), printed with the command's usage.
 * @param message what is wrong with the command line
 * @returns the error to throw
 * @example
 * throw usageError('forecast needs --out <file>');
 */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage, { showUsage: true });
}
