import type { Io } from './io.js';

/** One `opgave` command: its name, a one-line summary, its help text and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** Full help: usage line, options, examples. */
  help: string;
  /** Runs the command; returns the exit code. Throws CliError for errors it reports in one line. */
  run: (argv: string[], io: Io) => Promise<number>;
}

/** Options every command shares, for the help texts. */
export const COMMON_HELP = `  -q, --quiet          no progress
      --progress       show progress on stderr even when it is not a terminal
  -h, --help           show this help`;
