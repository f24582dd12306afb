/**
 * @opgave/cli — the `opgave` command line: validate, forecast, backtest and report. The package's bin is
 * dist/cli.js; `main(argv, io)` runs the same command line in-process (for tests and scripts).
 */
export { main, mainHelp, COMMANDS } from './main.js';
export { processIo, createProgress, type Io, type Progress } from './io.js';
export { EXIT, CliError, type ExitCode } from './errors.js';
export type { Command } from './command.js';
export {
  loadDirectory,
  toCoreDataset,
  type DataPackage,
  type FileReport,
  type LoadedDirectory,
} from './load-directory.js';
export {
  writeTable,
  outputFormat,
  OUTPUT_FORMATS,
  type OutputTable,
  type OutputFormat,
} from './write-table.js';
export { reportData, type ReportData } from './report/report-data.js';
export { renderReport } from './report/render-report.js';
