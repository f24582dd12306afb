import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { calibrate, project, sliceHistory, RESOURCE_NAMES } from '../../src/index.js';
import type { Dataset } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'rotterdam');
const present = existsSync(join(dir, 'datapackage.json'));

/** Every number in the rows of years after `lastYear` (forecasts: of vintages after it) times 1.5, plus 1. */
function perturbAfter(data: Dataset, lastYear: number): Dataset {
  const out: Record<string, unknown> = { meta: data.meta };
  for (const name of RESOURCE_NAMES) {
    const rows = (data as unknown as Record<string, Record<string, unknown>[]>)[name];
    out[name] = rows.map((r) => {
      // A forecast made in base_year ≤ lastYear is known at lastYear, whatever year it is about.
      const later =
        typeof r.base_year === 'number'
          ? r.base_year > lastYear
          : typeof r.year === 'number' && r.year > lastYear;
      if (!later) return r;
      const copy: Record<string, unknown> = { ...r };
      for (const [k, v] of Object.entries(r))
        if (typeof v === 'number' && k !== 'year' && k !== 'base_year') copy[k] = v * 1.5 + 1;
      return copy;
    });
  }
  return out as unknown as Dataset;
}

describe.skipIf(!present)('calibrate(data, { lastYear }) does not see the years after lastYear', async () => {
  const data: Dataset = present ? await loadDataset(dir) : ({} as Dataset);

  it('calibrate(perturbed, { lastYear: 2021 }) equals calibrate(data, { lastYear: 2021 }), matching and validation included', () => {
    const perturbed = perturbAfter(data, 2021);
    const a = calibrate(data, { lastYear: 2021 });
    const b = calibrate(perturbed, { lastYear: 2021 });
    expect(b).toEqual(a);
    expect(b.fillRate).toEqual(a.fillRate);
    expect(b.matchingValidation).toEqual(a.matchingValidation);
    expect(b.exitWindow).toBe(a.exitWindow);
    // …while calibrating on all years does see the change.
    expect(calibrate(perturbed).fillRate).not.toEqual(calibrate(data).fillRate);
  });

  it('project(sliceHistory(perturbed, 2021)) gives the backtest’s forecast from 2021 unchanged', () => {
    const perturbed = sliceHistory(perturbAfter(data, 2021), 2021);
    const then = sliceHistory(data, 2021);
    const a = project(then, { params: calibrate(then), horizon: 4 });
    const b = project(perturbed, { params: calibrate(perturbed), horizon: 4 });
    for (const y of [2022, 2023, 2024, 2025])
      expect(b.value('total_shortage_fte', y)).toBe(a.value('total_shortage_fte', y));
  });
});
