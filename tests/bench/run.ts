// Runs the benchmarks of the tests workspace and prints their figures beside the budgets.
// Reports, never asserts: it exits 0 whatever the figures (1 only when it cannot run at all).
//   npm run bench -w @opgave/tests            (OPGAVE_BENCH_QUICK=1 for fewer repetitions)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchDashboard, budgets, quantile } from './dashboard.bench.ts';
import { benchImport, importBudgets } from './import.bench.ts';

const quick = process.env.OPGAVE_BENCH_QUICK === '1';
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  console.log(
    `Dashboard benchmark${quick ? ' (quick)' : ''}: headless Chromium against apps/dashboard/build …`,
  );
  const result = await benchDashboard({ quick });
  const first = quantile(result.coldFirstChartMs, 0.5);
  const filterP95 = quantile(result.filterChangeMs, 0.95);
  const leverP50 = quantile(result.scenarioLeverMs, 0.5);
  const leverP95 = quantile(result.scenarioLeverMs, 0.95);
  const rows = [
    [
      'Cold load → first chart painted (median)',
      ms(first),
      `≤ ${ms(budgets.firstChartMs)}`,
      first <= budgets.firstChartMs,
      `${result.runs.cold} fresh contexts`,
    ],
    [
      'Cold load → model charts painted (median)',
      ms(quantile(result.coldModelChartsMs, 0.5)),
      '–',
      null,
      `${result.runs.cold} fresh contexts`,
    ],
    [
      'Filter change while the page starts → painted (p95)',
      ms(quantile(result.filterChangeStartupMs, 0.95)),
      '–',
      null,
      `${result.runs.filter} changes, bands still simulated`,
    ],
    [
      'Filter change, settled → charts painted (p50)',
      ms(quantile(result.filterChangeMs, 0.5)),
      '–',
      null,
      `${result.runs.filter} changes`,
    ],
    [
      'Filter change, settled → charts painted (p95)',
      ms(filterP95),
      `≤ ${ms(budgets.filterChangeP95Ms)}`,
      filterP95 <= budgets.filterChangeP95Ms,
      `${result.runs.filter} changes`,
    ],
    [
      'Scenario lever → result painted (p50)',
      ms(leverP50),
      `≤ ${ms(budgets.scenarioLeverMs)}`,
      leverP50 <= budgets.scenarioLeverMs,
      `${result.runs.lever} changes`,
    ],
    [
      'Scenario lever → result painted (p95)',
      ms(leverP95),
      `≤ ${ms(budgets.scenarioLeverMs)}`,
      leverP95 <= budgets.scenarioLeverMs,
      `${result.runs.lever} changes`,
    ],
    [
      'JavaScript, gzip (all, without DuckDB)',
      kb(result.javascript.gzipBytes),
      `≤ ${budgets.javascriptGzipKb} KB`,
      result.javascript.gzipBytes <= budgets.javascriptGzipKb * 1024,
      `${result.javascript.files} files in _app/`,
    ],
    [
      'JavaScript, gzip (loaded on cold load)',
      kb(result.javascript.coldLoadGzipBytes),
      '–',
      null,
      'incl. the model worker',
    ],
  ] as const;
  const header = ['Measure', 'Figure', 'Budget', 'Within', 'Runs'];
  const table = [
    header,
    ...rows.map(([a, b, c, ok, d]) => [a, b, c, ok === null ? '' : ok ? 'yes' : 'NO', d]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const [i, row] of table.entries()) {
    console.log(
      row.map((cell, j) => (j === 1 ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  console.log(
    `\nCold loads (first chart): ${result.coldFirstChartMs.map(ms).join(', ')}` +
      `\nFilter changes, settled: ${result.filterChangeMs.map(ms).join(', ')}` +
      `\nFilter changes while the page starts: ${result.filterChangeStartupMs.map(ms).join(', ')}` +
      `\nScenario lever changes: ${result.scenarioLeverMs.map(ms).join(', ')}` +
      `\nLargest JavaScript files (gzip): ${result.javascript.largest.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join('; ')}`,
  );
  console.log(
    `\nOwn-data import benchmark${quick ? ' (quick: one run)' : ''}: a 1,000,000-row CSV on /gegevens …`,
  );
  const imported = await benchImport({ quick });
  const reportMedian = quantile(imported.reportMs, 0.5);
  console.log(
    `1,000,000-row workforce CSV (${imported.megabytes.toFixed(1)} MB) chosen → validation report shown ` +
      `(median of ${imported.reportMs.length}): ${ms(reportMedian)}, budget ≤ ${ms(importBudgets.browserMs)}, ` +
      `within: ${reportMedian <= importBudgets.browserMs ? 'yes' : 'NO'}` +
      `\nRuns: ${imported.reportMs.map(ms).join(', ')}; in the import worker: ${imported.workerMs.map(ms).join(', ')}`,
  );
  const reports = fileURLToPath(new URL('../reports/', import.meta.url));
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    `${reports}bench.json`,
    JSON.stringify({ quick, budgets, ...result, importBudgets, import: imported }, null, 2) + '\n',
  );
  console.log('Written: tests/reports/bench.json');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
