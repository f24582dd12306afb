#!/usr/bin/env node
// Forecast the teacher shortage of a region with @opgave/core, in plain Node (20.19 or newer).
//
//   npm install && npm run build          # once, from the repository root
//   node examples/forecast.mjs [dataset folder] [output folder]
//
// Defaults: the synthetic Rotterdam dataset (data/rotterdam) and ./output. Writes the projection as CSV
// and Parquet (for Python, R or a spreadsheet) and the uncertainty bands of the shortage as CSV.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, project, simulate, simulationSummary } from '@opgave/core';
import { loadDataset, writeResults } from '@opgave/core/node';

const dataDir = process.argv[2] ?? fileURLToPath(new URL('../data/rotterdam', import.meta.url));
const outDir = resolve(process.argv[3] ?? 'output');

// A dataset is a folder with datapackage.json and one CSV file per resource (docs/data.md).
const data = await loadDataset(dataDir);

// Rates (exits, completion, binding, …) estimated from the history; then ten years ahead, no policy change.
const params = calibrate(data);
const baseline = project(data, { params, horizon: 10 });

// Point values: a measure in a year, for the region by default ({ level: 'cluster', unit: 'R01-C1' } for a cluster).
const year = baseline.baseYear + 5;
const demand = baseline.value('demand_fte', year);
const shortage = baseline.value('total_shortage_fte', year);
console.log(
  `base year ${baseline.baseYear}, ${data.boards.length} boards, ${data.locations.length} locations`,
);
console.log(`${year}: demand ${demand.toFixed(0)} fte, total shortage ${shortage.toFixed(0)} fte`);

// Uncertainty: 200 draws of the rates and the pupil forecast; the seed makes the run repeatable.
const sim = simulate(data, { params, horizon: 10, draws: 200, seed: 1 });
const bands = simulationSummary(sim, { measures: ['total_shortage_fte'] });
const band = bands.find((row) => row.year === year);
console.log(`${year}: 90 % band of the shortage ${band.p5.toFixed(0)}–${band.p95.toFixed(0)} fte`);

// The long table: level, unit, subject, year, measure, value. The extension picks the format.
const table = baseline.table();
await writeResults(table, `${outDir}/forecast.csv`);
await writeResults(table, `${outDir}/forecast.parquet`);
await writeResults(bands, `${outDir}/shortage-bands.csv`);
console.log(
  `wrote forecast.csv, forecast.parquet (${table.numRows()} rows) and shortage-bands.csv to ${outDir}`,
);
