import { join } from 'node:path';
import { calibrate, project, simulate, simulationQuantile, structuralError } from '@opgave/core';
import type { Level, Measure } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { readCsv } from './csv';
import { dataDir } from './expected';

/** Draws, seed and levels of the bands as the site's worker runs them (src/lib/model/site-model-handler.ts). */
export const SITE_SIMULATION = {
  draws: 500,
  seed: 20251001,
  subjectLevels: ['region', 'cluster'] as ('region' | 'cluster')[],
};

/**
 * What the pages should show, from `@opgave/core` run in Node on the dataset the site was built from:
 * `calibrate` → `project(horizon 15)` for the numbers and `simulate` (500 draws, same seed, with the structural
 * error at the last history year) for the bands.
 * @returns the years, look-ups of the model's values and bands, and the units by id
 */
export async function expectedPages() {
  const data = await loadDataset(dataDir);
  const params = calibrate(data);
  const projection = project(data, { horizon: 15, params });
  const sim = simulate(data, {
    ...SITE_SIMULATION,
    horizon: 15,
    params,
    structuralError: structuralError(data, { lastYear: data.meta.historyEnd }),
  });
  const baseYear = projection.baseYear;
  const value = (measure: Measure, year: number, level: Level, unit: string, subject = 'all') =>
    projection.value(measure, year, { level, unit, subject });
  const band = (q: 'p10' | 'p90', year: number, level: Level, unit: string, subject = 'all') =>
    simulationQuantile(sim, 'total_shortage_fte', year, q, { level, unit, subject });
  const locations = readCsv(join(dataDir, 'locations.csv'));
  return {
    baseYear,
    years: [baseYear, baseYear + 5, baseYear + 10] as const,
    region: { id: data.regions[0].region_id, name: data.regions[0].name },
    clusters: [...data.clusters]
      .sort((a, b) => a.cluster_id.localeCompare(b.cluster_id))
      .map((c) => ({ id: c.cluster_id, name: c.name })),
    boards: data.boards.map((b) => ({ id: b.board_id, name: b.name, sector: b.sector })),
    subjects: data.subjects.map((s) => ({
      id: s.subject_id,
      name: s.name,
      nameEn: s.name_en,
      sector: s.sector,
    })),
    locations: locations.map((l) => ({
      id: l.location_id,
      municipality: l.municipality,
      code: l.municipality_code,
    })),
    value,
    band,
    /** Subjects of a unit ranked by total shortage in a year, largest first. */
    ranking(year: number, level: Level, unit: string, n = 10) {
      return data.subjects
        .flatMap((s) => {
          try {
            return [{ id: s.subject_id, fte: value('total_shortage_fte', year, level, unit, s.subject_id) }];
          } catch {
            return [];
          }
        })
        .sort((a, b) => b.fte - a.fte)
        .slice(0, n);
    },
  };
}
