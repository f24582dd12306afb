import { formatCsv } from '@opgave/contract';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  datasetFiles,
  importDuo,
  OPGAVE_RESOURCES,
  parseRegionDefinition,
  realPupilsDataset,
  summariseDuoImport,
  toRows,
  type DatasetRow,
  type DuoDatasetReport,
  type DuoInputFile,
  type OpgaveResource,
  type Problem,
  type RealPupilsDataset,
} from '@opgave/import';
import { parseCommandArgs } from '../args.js';
import { COMMON_HELP, type Command } from '../command.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { createProgress, type Io } from '../io.js';
import { loadDirectory } from '../load-directory.js';

const help = `Usage: opgave import-duo <files…> --region <definition.csv> --out <dir> [--estimate-from <dir>]

Turns published DUO open-data files into a dataset folder in Opgave's format (docs/data.md): pupils per
vo location of any number of years (01.-leerlingen-vo-per-vestiging-naar-onderwijstype-YYYY.csv, both
header layouts, <5 cells kept as suppressed), DUO's vo locations file (02.-alle-vestigingen-vo.csv),
the per-location totals (03.…) and hbo/wo enrolment (CSV or DUO's JSON). The region definition says
which locations belong to the region, with their board and cluster (data/regions/rotterdam-vo-mbo.csv).

Writes pupils.csv, locations.csv, boards.csv (and duo-teacher-training.csv for hbo/wo files) with a
datapackage.json, plus import-report.json and import-report.md: what was read per file, what lies
outside the region, new and recoded locations (with their pupils), and which resources must still come
from elsewhere. With --estimate-from <dir> (a complete dataset such as data/rotterdam), every other
resource is estimated from it, scaled by the real pupils and marked as estimated: the folder is then a
complete dataset that opgave validate and forecast read.

Options:
      --region <file>        the region definition (CSV or JSON), required
      --out <dir>            the folder to write, required (created; an existing dataset needs --force)
      --estimate-from <dir>  complete the dataset with estimates from this dataset folder
      --year <file>=<YYYY>   the reference year of a file whose name has none (repeatable)
      --force                overwrite a folder that already holds a datapackage.json
      --lang <nl|en>         language of the summary (default en)
${COMMON_HELP}

Exit codes: 0 written (perhaps with warnings), 1 a file has errors (nothing is written), 2 usage error.

Examples:
  opgave import-duo data/duo/*.csv --region data/regions/rotterdam-vo-mbo.csv --out my-region
  opgave import-duo data/duo/*.csv --region data/regions/rotterdam-vo-mbo.csv --estimate-from data/rotterdam --out data/rotterdam-duo`;

/** `opgave import-duo <files…>`: DUO files → a dataset folder with an import report. */
export const importDuoCommand: Command = {
  name: 'import-duo',
  summary: 'turn published DUO files into a dataset folder, with a report of what was mapped',
  help,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      'import-duo',
      argv,
      {
        region: { type: 'string' },
        out: { type: 'string' },
        'estimate-from': { type: 'string' },
        year: { type: 'string', multiple: true },
        force: { type: 'boolean' },
        lang: { type: 'string' },
      },
      Infinity,
    );
    if (values.help) {
      io.stdout(`${help}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw usageError('opgave import-duo: no DUO files given');
    if (!values.region) throw usageError('opgave import-duo: --region <definition.csv> is required');
    if (!values.out) throw usageError('opgave import-duo: --out <dir> is required');
    const lang = values.lang ?? 'en';
    if (lang !== 'nl' && lang !== 'en')
      throw usageError(`opgave import-duo: --lang "${lang}" is not nl or en`);
    const years = yearOptions((values.year as unknown as string[] | undefined) ?? []);
    const progress = createProgress(io, values);

    const regionPath = resolve(io.cwd, values.region);
    const region = parseRegionDefinition(
      await readOrFail(regionPath, values.region),
      basename(values.region),
    );
    if (!region.ok) {
      io.stderr(`${region.errors.map(problemLine).join('\n')}\n`);
      throw new CliError(`opgave import-duo: ${values.region}: not a valid region definition`, EXIT.invalid);
    }
    const files: DuoInputFile[] = [];
    for (const [i, path] of positionals.entries()) {
      progress.step(`reading ${i + 1}/${positionals.length} ${path}`);
      const name = basename(path);
      files.push({ name, bytes: await readOrFail(resolve(io.cwd, path), path), year: years.get(name) });
    }
    progress.step('importing');
    const result = await importDuo(files, { region: region.definition });
    progress.done();
    let summary = summariseDuoImport(result.report, lang);
    if (!result.ok) {
      io.stderr(`${[...summary, ...result.report.problems.map(problemLine)].join('\n')}\n`);
      io.stderr(`opgave import-duo: nothing written (${result.report.problems.length} errors)\n`);
      return EXIT.invalid;
    }

    const outDir = resolve(io.cwd, values.out);
    await prepareOut(outDir, values.out, values.force === true);
    const regionFile = values.region;
    let written: RealPupilsDataset | null = null;
    let tables: Partial<Record<OpgaveResource, readonly DatasetRow[]>> = {
      pupils: result.tables.pupils,
      locations: result.tables.locations,
      boards: result.tables.boards,
    };
    let opgave: Record<string, unknown> = {
      synthetic: false,
      real_data: true,
      real_pupil_years: result.report.years,
      from_elsewhere: result.report.fromElsewhere,
    };
    if (values['estimate-from']) {
      const from = values['estimate-from'];
      const loaded = await loadDirectory('import-duo', from, io.cwd, progress);
      if (!loaded.ok)
        throw new CliError(
          `opgave import-duo: --estimate-from ${from}: has errors (run opgave validate ${from})`,
          EXIT.invalid,
        );
      const synthetic = Object.fromEntries(
        OPGAVE_RESOURCES.map((r) => [r, toRows(loaded.tables[r]!) as DatasetRow[]]),
      ) as Record<OpgaveResource, DatasetRow[]>;
      written = realPupilsDataset({
        duo: result.tables,
        duoFiles: files.filter((f) => /leerlingen/i.test(f.name)).map((f) => f.name),
        regionFile,
        synthetic,
        historyStart: Number(loaded.descriptor.opgave?.history_start ?? 2014),
        historyEnd: Number(loaded.descriptor.opgave?.history_end ?? 2025),
      });
      tables = written.tables;
      opgave = { ...written.meta, estimated_from: from };
      const estimated = Object.entries(written.provenance)
        .filter(([, p]) => p.kind !== 'real')
        .map(([r]) => r);
      summary = summary.filter((l) => !/^(Still needed from elsewhere|Nog van elders nodig)/.test(l));
      summary.push(
        lang === 'nl'
          ? `Geschat of overgenomen uit ${from} (gemarkeerd in datapackage.json → opgave.provenance): ${estimated.join(', ')}`
          : `Estimated or taken over from ${from} (marked in datapackage.json → opgave.provenance): ${estimated.join(', ')}`,
      );
    }
    const out = datasetFiles({
      tables,
      name: 'opgave-duo-import',
      title: written
        ? 'Opgave: real DUO pupils, other figures estimated'
        : 'Opgave: tables from DUO files (incomplete dataset)',
      description: written
        ? `Pupils per location are real DUO counts (${result.report.years.join(', ')}); locations and boards come from DUO via ${regionFile}. Every other resource is ESTIMATED from ${values['estimate-from']} (scaled by the real pupils) or taken over from it: see opgave.provenance and import-report.md.`
        : `Pupils per location (${result.report.years.join(', ')}), locations and boards from DUO via ${regionFile}. Not a complete dataset: ${result.report.fromElsewhere.join(', ')} must come from elsewhere.`,
      opgave,
      provenance: written?.provenance,
      sources: [
        ...files.map((f) => ({ title: `DUO open onderwijsdata: ${f.name}` })),
        { title: `Region definition: ${regionFile}` },
      ],
    });
    for (const f of out) await writeFile(join(outDir, f.path), f.text);
    if (result.tables.teacher_training.length > 0) {
      const t = result.tables.teacher_training;
      const cols = Object.keys(t[0]) as (keyof (typeof t)[number])[];
      const csv = formatCsv([cols, ...t.map((r) => cols.map((c) => String(r[c])))]);
      await writeFile(join(outDir, 'duo-teacher-training.csv'), csv);
    }
    const report = { ...result.report, summary, provenance: written?.provenance ?? null };
    await writeFile(join(outDir, 'import-report.json'), JSON.stringify(report, null, 2) + '\n');
    await writeFile(join(outDir, 'import-report.md'), reportMarkdown(result.report, summary, written));
    io.stdout(
      `${[...summary, `${result.report.warnings.length} warnings (see import-report.md)`, `wrote ${out.length} files to ${values.out}`].join('\n')}\n`,
    );
    return EXIT.ok;
  },
};

function yearOptions(list: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of list) {
    const m = /^(.+)=((?:19|20)\d{2})$/.exec(item);
    if (!m) throw usageError(`opgave import-duo: --year "${item}" is not <file>=<YYYY>`);
    out.set(basename(m[1]), Number(m[2]));
  }
  return out;
}

async function readOrFail(path: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw usageError(`opgave import-duo: ${shown}: ${missing ? 'no such file' : (error as Error).message}`);
  }
}

async function prepareOut(dir: string, shown: string, force: boolean): Promise<void> {
  const existing = await readdir(dir).catch(() => null);
  if (existing && existing.includes('datapackage.json') && !force)
    throw usageError(`opgave import-duo: --out ${shown} already holds a dataset (use --force to overwrite)`);
  await mkdir(dir, { recursive: true });
}

function problemLine(p: Problem): string {
  return `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`;
}

function reportMarkdown(
  report: DuoDatasetReport,
  summary: string[],
  written: RealPupilsDataset | null,
): string {
  const lines = ['# DUO import report', '', ...summary.map((s) => `- ${s}`), ''];
  lines.push(
    '## Files',
    '',
    '| file | kind | year | layout | rows | in the region | pupils in the region | suppressed cells |',
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const f of report.files)
    lines.push(
      `| ${f.file} | ${f.kind ?? 'unknown'} | ${f.year ?? ''} | ${f.variant ?? ''} | ${f.rows} | ${f.locationsInRegion} | ${f.kind === 'pupils-per-location' ? f.pupilsInRegion : ''} | ${f.suppressedCells} |`,
    );
  lines.push('', `Suppressed cells: ${report.suppression}.`, '');
  if (written) {
    lines.push('## Where each resource comes from', '', '| resource | kind | source |', '|---|---|---|');
    for (const [r, p] of Object.entries(written.provenance))
      lines.push(`| ${r} | ${p.kind}${p.years ? ` (${p.years.join(', ')})` : ''} | ${p.source} |`);
    lines.push('');
  } else {
    lines.push('## Still needed from elsewhere', '', report.fromElsewhere.join(', '), '');
  }
  lines.push('## Locations that differ from the region definition', '');
  if (report.changes.length === 0) lines.push('None.');
  else {
    lines.push(
      '| change | year | DUO code | counted as | from | to | name | place | pupils |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const c of report.changes)
      lines.push(
        `| ${c.change} | ${c.year ?? ''} | ${c.duoLocation} | ${c.locationId} | ${c.from} | ${c.to} | ${c.name} | ${c.place} | ${c.pupils ?? ''} |`,
      );
  }
  lines.push('', '## Outside the region', '', '| year | file | locations | pupils |', '|---|---|---|---|');
  for (const o of report.outside) lines.push(`| ${o.year} | ${o.file} | ${o.locations} | ${o.pupils} |`);
  return lines.join('\n') + '\n';
}
