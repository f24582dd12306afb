import { resolve } from 'node:path';
import { backtest, type BacktestResult } from '@opgave/core';
import { parseCommandArgs, wholeNumberOption } from '../args.js';
import { COMMON_HELP, type Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { plural, textTable } from '../format.js';
import { createProgress, type Io } from '../io.js';
import { loadDirectory, toCoreDataset } from '../load-directory.js';
import { validationFailure } from '../validation-failure.js';
import { outputFormat, tableFromRows, writeTable } from '../write-table.js';

const LEVELS = ['region', 'cluster', 'board', 'subject'] as const;

const help = `Usage: opgave backtest <dir> [--level region] [--horizon 5] [--origins 2020,2021] [--draws N] [--out <file>]

Validates the dataset in <dir>, then re-runs the model from earlier base years (origins) within the
history, calibrated only on the years up to each origin, and compares its forecasts with what
happened. Prints MAE, sMAPE and MASE per measure and horizon for the model, the combination of
the model and the last value (weights from earlier origins only) and two naive baselines (last
value, linear trend); * marks the smallest MAE of each horizon. MASE < 1 is better
than the naive one-year-ahead forecast.

Options:
      --level <level>    level of the printed tables: region, cluster, board or subject (each
                         subject in the region) (default region)
      --horizon <years>  largest horizon, 1 to 5 (default 5)
      --origins <years>  comma-separated origins (default every year with 4 years of history before it)
      --draws <N>        Monte Carlo draws per origin, 0 to 100000 (default 0): adds the coverage of
                         the 80 % and 90 % bands (slow)
  -o, --out <file>       also write every metric (all levels) to .csv, .json or .parquet
${COMMON_HELP}

Exit codes: 0 done, 1 invalid dataset, 2 usage error.

Examples:
  opgave backtest data/rotterdam
  opgave backtest data/rotterdam --level cluster --horizon 3 --out backtest.csv
  opgave backtest data/rotterdam --origins 2021,2022 --draws 200`;

const METHOD_LABELS: Record<string, string> = {
  model: 'model',
  combination: 'combination',
  last_value: 'last value',
  linear_trend: 'linear trend',
};

/**
 * The printed report: per measure, a table of horizon × method with n, MAE, sMAPE and MASE.
 * @param result backtest's result
 * @param level the level to print
 * @returns text
 */
export function formatBacktest(result: BacktestResult, level: string): string {
  const metrics = result.metrics.filter((m) => m.level === level);
  const measures = [...new Set(metrics.map((m) => m.measure))];
  const parts = [
    `Backtest from ${plural(result.origins.length, 'origin')} (${result.origins.join(', ')}), horizon 1–${result.horizon}, level ${level}`,
  ];
  for (const measure of measures) {
    const rows = metrics.filter((m) => m.measure === measure).sort((a, b) => a.horizon - b.horizon);
    const best = new Map<number, number>();
    for (const m of rows) best.set(m.horizon, Math.min(best.get(m.horizon) ?? Infinity, m.mae));
    const cells = rows.map((m) => [
      String(m.horizon),
      `${METHOD_LABELS[m.method] ?? m.method}${m.mae === best.get(m.horizon) ? ' *' : ''}`,
      String(m.n),
      m.mae.toFixed(1),
      `${m.smape.toFixed(1)}%`,
      Number.isFinite(m.mase) ? m.mase.toFixed(2) : '',
    ]);
    parts.push(
      `\n${measure}\n${textTable(['horizon', 'method', 'n', 'MAE (FTE)', 'sMAPE', 'MASE'], cells, [true, false, true, true, true, true])}`,
    );
    const coverage = result.coverage.filter((c) => c.level === level && c.measure === measure);
    if (coverage.length > 0) {
      const byHorizon = [...new Set(coverage.map((c) => c.horizon))].sort((a, b) => a - b);
      const pct = (h: number, band: number) => {
        const c = coverage.find((x) => x.horizon === h && x.band === band);
        return c ? `${Math.round(c.coverage * 100)}%` : '';
      };
      parts.push(
        textTable(
          ['horizon', '80% band', '90% band'],
          byHorizon.map((h) => [String(h), pct(h, 80), pct(h, 90)]),
          [true, true, true],
        ),
      );
    }
  }
  return parts.join('\n');
}

/** `opgave backtest <dir>`: forecast accuracy per horizon against naive baselines. */
export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'measure forecast accuracy (MAE, sMAPE, MASE per horizon) against naive baselines',
  help,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      'backtest',
      argv,
      {
        out: { type: 'string', short: 'o' },
        level: { type: 'string' },
        horizon: { type: 'string' },
        origins: { type: 'string' },
        draws: { type: 'string' },
      },
      1,
    );
    if (values.help) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    if (positionals[0] === undefined)
      throw usageError('opgave backtest: missing <dir> (a folder with a datapackage.json)');
    const format = values.out === undefined ? undefined : outputFormat('backtest', values.out);
    const level = values.level ?? 'region';
    if (!(LEVELS as readonly string[]).includes(level))
      throw usageError(`opgave backtest: --level "${level}" is not one of ${LEVELS.join(', ')}`);
    const horizon = wholeNumberOption('backtest', 'horizon', values.horizon, { min: 1, max: 5 }) ?? 5;
    const draws = wholeNumberOption('backtest', 'draws', values.draws, { min: 0, max: 100_000 }) ?? 0;
    const origins = values.origins
      ?.split(',')
      .map((y) => wholeNumberOption('backtest', 'origins', y.trim(), { min: 1900, max: 2200 }) as number);

    const progress = createProgress(io, values);
    const loaded = await loadDirectory('backtest', positionals[0], io.cwd, progress);
    if (!loaded.ok) throw validationFailure('backtest', loaded, positionals[0]);
    const data = toCoreDataset(loaded);
    progress.step(
      `backtesting${origins ? ` ${plural(origins.length, 'origin')}` : ''}${draws ? ` with ${draws} draws each` : ''}…`,
    );
    let result: BacktestResult;
    try {
      result = backtest(data, {
        horizon,
        draws,
        origins,
        levels: [...LEVELS],
        bootstrapDraws: 0,
        onProgress: (done, total) => progress.step(`backtesting: origin ${done}/${total} done`),
      });
    } catch (error) {
      if (error instanceof RangeError) throw new CliError(`opgave backtest: ${error.message}`, EXIT.invalid);
      throw error;
    }
    progress.done();
    const metrics = result.metrics;
    if (values.out !== undefined && format)
      await writeTable(resolve(io.cwd, values.out), format, tableFromRows(metrics.map((m) => ({ ...m }))));
    io.stdout(`${formatBacktest(result, level)}\n`);
    if (values.out !== undefined) io.stdout(`${values.out}: ${plural(metrics.length, 'row')}\n`);
    return EXIT.ok;
  },
};
