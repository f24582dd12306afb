/**
 * The model's base year reproduces the measured shortage of Rotterdam exactly. Expected values come straight from
 * the CSV files (read with the contract's tokeniser, without the package's loader or historicalDemand): hidden =
 * unqualified lesson hours ÷ lesson hours per FTE of the location's sector, unfilled = unfilled vacancy FTE,
 * total = their sum.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokeniseCsv } from '@opgave/contract';
import { project } from '../../src/index.js';
import type { Dataset } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'rotterdam');
const present = existsSync(join(dir, 'datapackage.json'));

/** A data file's rows keyed by header, read with the contract's tokeniser (not core's loader). */
function readCsv(file: string): Record<string, string>[] {
  const { header, columns, rowCount } = tokeniseCsv(readFileSync(join(dir, file), 'utf8'));
  return Array.from({ length: rowCount }, (_, i) =>
    Object.fromEntries(header.map((name, j) => [name, columns[j][i]])),
  );
}

describe.skipIf(!present)('project(rotterdam) in the base year', async () => {
  const data: Dataset = present ? await loadDataset(dir) : ({} as Dataset);
  const meta = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    opgave: { history_end: number };
  };
  const year = meta.opgave.history_end;
  const hoursPerFte = new Map(readCsv('sectors.csv').map((r) => [r.sector, Number(r.lesson_hours_per_fte)]));
  const locations = new Map(readCsv('locations.csv').map((r) => [r.location_id, r]));
  const measured = new Map<string, { hidden: number; unfilled: number; qualified: number }>();
  const add = (location: string, key: 'hidden' | 'unfilled' | 'qualified', x: number) => {
    for (const unit of ['region', locations.get(location)!.cluster_id]) {
      const m = measured.get(unit) ?? { hidden: 0, unfilled: 0, qualified: 0 };
      m[key] += x;
      measured.set(unit, m);
    }
  };
  for (const r of readCsv('lesson_hours.csv')) {
    if (Number(r.year) !== year) continue;
    const sector = locations.get(r.location_id)!.sector;
    add(r.location_id, 'hidden', Number(r.unqualified_hours || 0) / hoursPerFte.get(sector)!);
  }
  for (const r of readCsv('vacancies.csv')) {
    if (Number(r.year) === year) add(r.location_id, 'unfilled', Number(r.unfilled_fte || 0));
  }
  for (const r of readCsv('workforce.csv')) {
    if (Number(r.year) === year) add(r.location_id, 'qualified', Number(r.fte));
  }
  const p = project(data, { horizon: 15 });

  it('total, hidden and unfilled shortage equal the measured values for the region and every cluster', () => {
    const units = [...measured.keys()];
    expect(units).toHaveLength(1 + data.clusters.length);
    for (const unit of units) {
      const m = measured.get(unit)!;
      const sel = unit === 'region' ? undefined : { level: 'cluster' as const, unit };
      expect(p.value('hidden_shortage_fte', year, sel), unit).toBeCloseTo(m.hidden, 6);
      expect(p.value('unfilled_fte', year, sel), unit).toBeCloseTo(m.unfilled, 6);
      expect(p.value('total_shortage_fte', year, sel), unit).toBeCloseTo(m.hidden + m.unfilled, 6);
      expect(p.value('supply_fte', year, sel), unit).toBeCloseTo(m.qualified, 6);
      expect(p.value('demand_fte', year, sel), unit).toBeCloseTo(m.qualified + m.hidden + m.unfilled, 6);
    }
  });

  it('every leaf: demand = observed demand, so no leaf shows a surplus in the base year', () => {
    const demand = p.result.values.demand_fte;
    const supply = p.result.values.supply_fte;
    for (let c = 0; c < p.model.nLeaf; c++) expect(demand[c] - supply[c]).toBeGreaterThan(-1e-9);
  });
});
