import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { calibrate, project, runScenario } from '@opgave/core';
import { parseCommandArgs, wholeNumberOption } from '../args.js';
import { COMMON_HELP, type Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { createProgress, type Io } from '../io.js';
import { loadDirectory, toCoreDataset, type DataPackage } from '../load-directory.js';
import { readScenario } from '../read-scenario.js';
import { reportData, type ReportData } from '../report/report-data.js';
import { renderReport } from '../report/render-report.js';
import { validationFailure } from '../validation-failure.js';
import { writeAtomically } from '../write-table.js';

const help = `Usage: opgave report <dir> --out <report.html> [--scenario <s.json>] [--horizon 15]

Writes a self-contained static HTML page in Dutch for the region's board table ("Bestuurlijke
rapportage"): headline shortage now, in 5 and in 10 years; demand versus supply; the shortage per
cluster, board and subject; and the drivers of the change in the last forecast year. Charts are inline
SVG and the page loads nothing from elsewhere, so it can be mailed, archived or printed (A4).

Options:
  -o, --out <file>       the HTML file to write (required, .html)
  -s, --scenario <file>  show a scenario (JSON object of levers) instead of the baseline
      --horizon <years>  years after the base year, 1 to 50 (default 15)
${COMMON_HELP}

Exit codes: 0 written, 1 invalid dataset or scenario (nothing written), 2 usage error, 3 the file could
not be written.

Examples:
  opgave report data/rotterdam --out rapportage.html
  opgave report data/rotterdam --scenario scenarios/binding.json --out rapportage-binding.html`;

/** `opgave report <dir> --out report.html`: the static board report. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML report in Dutch with charts, for print or e-mail',
  help,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      'report',
      argv,
      {
        out: { type: 'string', short: 'o' },
        scenario: { type: 'string', short: 's' },
        horizon: { type: 'string' },
      },
      1,
    );
    if (values.help) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    if (positionals[0] === undefined)
      throw usageError('opgave report: missing <dir> (a folder with a datapackage.json)');
    if (values.out === undefined) throw usageError('opgave report: missing --out <file.html>');
    const ext = extname(values.out).toLowerCase();
    if (ext !== '.html' && ext !== '.htm')
      throw usageError(`opgave report: --out ${values.out}: the report is HTML; use a .html file name`);
    const horizon = wholeNumberOption('report', 'horizon', values.horizon, { min: 1, max: 50 }) ?? 15;
    const scenario =
      values.scenario === undefined ? undefined : await readScenario('report', values.scenario, io.cwd);

    const progress = createProgress(io, values);
    const loaded = await loadDirectory('report', positionals[0], io.cwd, progress);
    if (!loaded.ok) throw validationFailure('report', loaded, positionals[0]);
    const data = toCoreDataset(loaded);
    progress.step('calibrating…');
    const params = calibrate(data);
    progress.step('projecting…');
    let figures;
    try {
      if (scenario) {
        const result = runScenario(data, scenario, { params, horizon });
        figures = reportData(data, result.scenario, {
          title: loaded.title,
          synthetic: loaded.synthetic,
          provenance: provenanceOf(loaded.descriptor),
          baseline: result.baseline,
          scenario,
        });
      } else {
        figures = reportData(data, project(data, { params, horizon }), {
          title: loaded.title,
          synthetic: loaded.synthetic,
          provenance: provenanceOf(loaded.descriptor),
        });
      }
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError)
        throw new CliError(`opgave report: ${error.message}`, EXIT.invalid);
      throw error;
    }
    progress.step('rendering charts…');
    const html = renderReport(figures);
    await writeAtomically(resolve(io.cwd, values.out), (tmp) => writeFile(tmp, html, 'utf8'));
    progress.done();
    io.stdout(
      `${values.out}: report for ${figures.baseYear}–${figures.lastYear} (${Math.round(html.length / 1024)} kB)\n`,
    );
    return EXIT.ok;
  },
};

/** datapackage.json → opgave.provenance, when the dataset has one (real data with estimates). */
function provenanceOf(descriptor: DataPackage): ReportData['provenance'] {
  const p = descriptor.opgave?.provenance;
  return p !== null && typeof p === 'object' ? (p as ReportData['provenance']) : undefined;
}
