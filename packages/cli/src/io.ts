/**
 * Where a command writes: stdout for results, stderr for messages and progress. `main` takes one, so
 * tests can capture the output without a subprocess.
 */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown on a terminal, or with --progress). */
  stderrIsTTY: boolean;
  /** Environment variables (OPGAVE_DEBUG=1 prints stack traces). */
  env: Record<string, string | undefined>;
  /** Directory that relative paths are resolved against. */
  cwd: string;
}

/**
 * The Io of the running process.
 * @returns stdout, stderr, TTY flag, environment and working directory of this process
 * @example
 * const code = await main(process.argv.slice(2), processIo());
 */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Reports progress of a long run on stderr, or nothing. */
export interface Progress {
  /** One step: `loading 3/18 workforce.csv`, `calibrating…`. */
  step: (message: string) => void;
  /** Ends the progress line. */
  done: () => void;
}

/**
 * Progress on stderr, shown only when stderr is a terminal or `--progress` is given, never with `--quiet`.
 * On a terminal each step overwrites the previous one; otherwise each step is a line.
 * @param io where to write
 * @param flags the command's --progress and --quiet flags
 * @returns the progress reporter
 * @example
 * const progress = createProgress(io, { progress: true });
 * progress.step('calibrating…');
 */
export function createProgress(io: Io, flags: { progress?: boolean; quiet?: boolean }): Progress {
  const on = !flags.quiet && (flags.progress || io.stderrIsTTY);
  if (!on) return { step: () => {}, done: () => {} };
  if (!io.stderrIsTTY) return { step: (m) => io.stderr(`${m}\n`), done: () => {} };
  let open = false;
  return {
    step: (m) => {
      io.stderr(`\r\x1b[2K${m}`);
      open = true;
    },
    done: () => {
      if (open) io.stderr('\r\x1b[2K');
      open = false;
    },
  };
}
