import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calibrate, datasetFromPackage, project } from '@opgave/core';
import { expect, test } from 'vitest';
import { findSeries, scenarioAggregates } from './scenario-aggregates';

const rotterdam = fileURLToPath(new URL('../../../../../data/rotterdam/', import.meta.url));

test('scenarioAggregates(project(rotterdam, { scenario })) equals projection.value, bit for bit, for every region subject and sector total, cluster and board', async () => {
  const descriptor = JSON.parse(readFileSync(rotterdam + 'datapackage.json', 'utf8'));
  const data = await datasetFromPackage(descriptor, (path) => readFileSync(rotterdam + path, 'utf8'));
  const projection = project(data, {
    params: calibrate(data),
    horizon: 6,
    scenario: { bindingRatePp: 10, intakeChangePct: 20 },
  });
  const { series } = scenarioAggregates(projection);

  // The groups the studio asks for, from the projection's own grouping (every level and subject).
  const expected = projection
    .sums()
    .grouping.groups.filter((g) => g.level !== 'location' && (g.level === 'region' || g.subject === 'all'));
  expect(series.map(({ level, unit, subject }) => ({ level, unit, subject }))).toEqual(expected);
  for (const one of series) {
    const selector = { level: one.level, unit: one.unit, subject: one.subject };
    expect(one.shortage).toEqual(
      projection.years.map((y) => projection.value('total_shortage_fte', y, selector)),
    );
    expect(one.demand).toEqual(projection.years.map((y) => projection.value('demand_fte', y, selector)));
  }
  // Every cluster and board of the dataset has its series.
  expect(series.filter((s) => s.level === 'cluster')).toHaveLength(data.clusters.length);
  expect(series.filter((s) => s.level === 'board')).toHaveLength(data.boards.length);
  expect(findSeries({ series }, 'region', 'R01', 'all')?.shortage[0]).toBeGreaterThan(0);
}, 180_000); // read, calibrate and project the whole dataset: a few seconds alone, far more on a loaded machine
