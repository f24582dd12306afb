import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calibrate, project } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { regionDefinitionFile } from './duo-fixture';
import { repositoryRoot } from './expected';

/**
 * What the dashboard should forecast after the DUO route read `files`: the same dataset built by the
 * command-line tool (`opgave import-duo <files> --region … --estimate-from data/rotterdam`), then
 * `loadDataset` → `calibrate` → `project` (horizon 15) in Node — the CLI and @opgave/core, not the
 * dashboard's worker.
 * @param files DUO files
 * @returns the base year and the region's total shortage by year
 */
export async function expectedDuoForecast(files: readonly string[]) {
  const out = join(mkdtempSync(join(tmpdir(), 'opgave-duo-e2e-')), 'dataset');
  execFileSync(
    process.execPath,
    [
      join(repositoryRoot, 'packages/cli/bin/opgave.js'),
      'import-duo',
      ...files,
      '--region',
      regionDefinitionFile,
      '--estimate-from',
      join(repositoryRoot, 'data/rotterdam'),
      '--out',
      out,
    ],
    { cwd: repositoryRoot, stdio: 'pipe' },
  );
  const data = await loadDataset(out);
  const projection = project(data, { horizon: 15, params: calibrate(data) });
  const region = data.regions[0].region_id;
  return {
    baseYear: projection.baseYear,
    totalShortage: (year: number) =>
      projection.value('total_shortage_fte', year, { level: 'region', unit: region }),
  };
}
