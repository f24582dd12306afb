import { resolve } from 'node:path';
import {
  calibrate,
  project,
  runScenario,
  QUANTILE_NAMES,
  type Projection,
  type SimulationResult,
} from '@opgave/core';
import { simulateParallel } from '@opgave/core/node';
import { parseCommandArgs, wholeNumberOption } from '../args.js';
import { COMMON_HELP, type Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { count } from '../format.js';
import { createProgress, type Io } from '../io.js';
import { loadDirectory, toCoreDataset } from '../load-directory.js';
import { readScenario } from '../read-scenario.js';
import { validationFailure } from '../validation-failure.js';
import { outputFormat, writeTable, type OutputColumn, type OutputTable } from '../write-table.js';

const help = `Usage: opgave forecast <dir> --out <file> [--scenario <s.json>] [--horizon 15] [--draws N] [--seed S]

Validates the dataset in <dir> (and refuses to run when it has errors), calibrates the model, projects
demand, supply and the shortage per location, board, cluster and region, per subject and year, and
writes the long table (level, unit, subject, year, measure, value). The output format follows the
extension of --out: .csv, .json (an array of rows) or .parquet. The file is written atomically.

Options:
  -o, --out <file>       results file: .csv, .json or .parquet (required)
  -s, --scenario <file>  a scenario (JSON object of levers, see docs/model.md); the table then has a
                         column variant: baseline, scenario, difference (scenario − baseline)
      --horizon <years>  years after the base year, 1 to 50 (default 15)
      --draws <N>        Monte Carlo draws, 1 to 100000: adds the quantile columns p5 … p95
      --seed <S>         seed of the draws (default 20251001)
${COMMON_HELP}

Exit codes: 0 written, 1 invalid dataset or scenario (nothing written), 2 usage error, 3 the file
could not be written.

Examples:
  opgave forecast data/rotterdam --out results.csv
  opgave forecast data/rotterdam --scenario scenarios/binding.json --horizon 10 --out results.parquet
  opgave forecast data/rotterdam --draws 1000 --seed 7 --out results.json`;

type ColumnTable = ReturnType<Projection['table']>;

const BASE_COLUMNS = ['level', 'unit', 'subject', 'year', 'measure', 'value'] as const;

/**
 * The long table of one or more variants as output columns, with quantile columns from simulations.
 * @param variants name, projection table and simulation (or none) of each variant
 * @param quantileNames names of the quantile columns (none without draws)
 * @param withVariant add the variant column
 * @returns the output table
 */
function longTable(
  variants: { name: string; table: ColumnTable; simulation?: SimulationResult }[],
  quantileNames: readonly string[],
  withVariant: boolean,
): OutputTable {
  const rowCount = variants.reduce((s, v) => s + v.table.numRows(), 0);
  const variant = new Array<string>(rowCount);
  const strings = {
    level: new Array<string>(rowCount),
    unit: new Array<string>(rowCount),
    subject: new Array<string>(rowCount),
    measure: new Array<string>(rowCount),
  };
  const year = new Int32Array(rowCount);
  const value = new Float64Array(rowCount);
  const quantiles = quantileNames.map(() => new Float64Array(rowCount).fill(NaN));
  let offset = 0;
  for (const v of variants) {
    const n = v.table.numRows();
    const cols = {
      level: v.table.array('level') as ArrayLike<string>,
      unit: v.table.array('unit') as ArrayLike<string>,
      subject: v.table.array('subject') as ArrayLike<string>,
      measure: v.table.array('measure') as ArrayLike<string>,
    };
    const years = v.table.array('year') as ArrayLike<number>;
    const values = v.table.array('value') as ArrayLike<number>;
    const sim = v.simulation;
    const index = new Map<string, number>();
    if (sim) sim.groups.forEach((g, i) => index.set(`${g.level}\u0000${g.unit}\u0000${g.subject}`, i));
    const G = sim?.groups.length ?? 0;
    const T = sim?.years.length ?? 0;
    const Q = sim?.quantiles.length ?? 0;
    for (let i = 0; i < n; i++) {
      const r = offset + i;
      variant[r] = v.name;
      strings.level[r] = cols.level[i];
      strings.unit[r] = cols.unit[i];
      strings.subject[r] = cols.subject[i];
      strings.measure[r] = cols.measure[i];
      year[r] = years[i];
      value[r] = values[i];
      if (!sim) continue;
      const mi = (sim.measures as readonly string[]).indexOf(cols.measure[i]);
      if (mi < 0) continue;
      const g = index.get(`${cols.level[i]}\u0000${cols.unit[i]}\u0000${cols.subject[i]}`);
      const t = years[i] - sim.years[0];
      if (g === undefined || t < 0 || t >= T) continue;
      const o = ((mi * G + g) * T + t) * Q;
      for (let q = 0; q < quantiles.length; q++) quantiles[q][r] = sim.values[o + q];
    }
    offset += n;
  }
  const columns: OutputColumn[] = [
    ...(withVariant ? [{ name: 'variant', type: 'string', values: variant } as const] : []),
    ...BASE_COLUMNS.map((name): OutputColumn =>
      name === 'year'
        ? { name, type: 'integer', values: year }
        : name === 'value'
          ? { name, type: 'number', values: value }
          : { name, type: 'string', values: strings[name] },
    ),
    ...quantileNames.map((name, q): OutputColumn => ({ name, type: 'number', values: quantiles[q] })),
  ];
  return { columns, rowCount };
}

function fte(n: number): string {
  return `${n.toLocaleString('en-US', { maximumFractionDigits: 0 })} FTE`;
}

/** `opgave forecast <dir> --out <file>`: writes the projection (and scenario, and quantiles). */
export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'project demand, supply and shortage and write them to CSV, JSON or Parquet',
  help,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      'forecast',
      argv,
      {
        out: { type: 'string', short: 'o' },
        scenario: { type: 'string', short: 's' },
        horizon: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
      },
      1,
    );
    if (values.help) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    if (positionals[0] === undefined)
      throw usageError('opgave forecast: missing <dir> (a folder with a datapackage.json)');
    if (values.out === undefined)
      throw usageError('opgave forecast: missing --out <file> (.csv, .json or .parquet)');
    const format = outputFormat('forecast', values.out);
    const horizon = wholeNumberOption('forecast', 'horizon', values.horizon, { min: 1, max: 50 }) ?? 15;
    const draws = wholeNumberOption('forecast', 'draws', values.draws, { min: 1, max: 100_000 });
    const seed = wholeNumberOption('forecast', 'seed', values.seed, { min: 0, max: 2 ** 32 - 1 });
    if (seed !== undefined && draws === undefined)
      throw usageError('opgave forecast: --seed only applies with --draws N');
    const scenario =
      values.scenario === undefined ? undefined : await readScenario('forecast', values.scenario, io.cwd);

    const progress = createProgress(io, values);
    const loaded = await loadDirectory('forecast', positionals[0], io.cwd, progress);
    if (!loaded.ok) throw validationFailure('forecast', loaded, positionals[0]);
    const data = toCoreDataset(loaded);
    progress.step('calibrating…');
    const params = calibrate(data);
    progress.step('projecting…');
    let variants: {
      name: string;
      projection?: Projection;
      table: ColumnTable;
      simulation?: SimulationResult;
    }[];
    try {
      if (scenario) {
        const result = runScenario(data, scenario, { params, horizon });
        variants = [
          { name: 'baseline', projection: result.baseline, table: result.baseline.table() },
          { name: 'scenario', projection: result.scenario, table: result.scenario.table() },
          { name: 'difference', table: result.difference },
        ];
      } else {
        const projection = project(data, { params, horizon });
        variants = [{ name: 'baseline', projection, table: projection.table() }];
      }
      if (draws !== undefined) {
        for (const v of variants) {
          if (!v.projection) continue;
          progress.step(`simulating ${count(draws)} draws (${v.name})…`);
          // Over worker threads (one per core): the same numbers as simulate, sooner.
          v.simulation = await simulateParallel(data, {
            draws,
            seed,
            horizon,
            params,
            scenario: v.name === 'scenario' ? scenario : undefined,
            onProgress: (done, total) =>
              progress.step(`simulating (${v.name}): draw ${count(done)}/${count(total)}`),
          });
        }
      }
    } catch (error) {
      // The dataset passed validation, so what is left are model-level inconsistencies (an unknown board
      // in boardsJoining, a year outside the data): bad input, reported in one line.
      if (error instanceof RangeError || error instanceof TypeError)
        throw new CliError(`opgave forecast: ${error.message}`, EXIT.invalid);
      throw error;
    }
    progress.step(`writing ${values.out}…`);
    const table = longTable(variants, draws !== undefined ? QUANTILE_NAMES : [], scenario !== undefined);
    await writeTable(resolve(io.cwd, values.out), format, table);
    progress.done();
    const main = variants.find((v) => v.name === (scenario ? 'scenario' : 'baseline'))
      ?.projection as Projection;
    const years = [main.baseYear, main.baseYear + 5, main.baseYear + 10].filter(
      (y) => y <= main.baseYear + horizon,
    );
    const headline = years.map((y) => `${y} ${fte(main.value('total_shortage_fte', y))}`).join(', ');
    io.stdout(
      `${values.out}: ${count(table.rowCount)} rows (${variants.map((v) => v.name).join(', ')}; ${main.baseYear}–${main.baseYear + horizon}${draws ? `; ${count(draws)} draws` : ''})\n` +
        `${scenario ? 'scenario' : 'baseline'} total shortage in the region: ${headline}\n`,
    );
    return EXIT.ok;
  },
};
