/**
 * Calibration recovers the synthetic generator's own parameters (data/rotterdam/generator-parameters.json)
 * within the tolerances stated below (and in docs/model.md, "Calibration on the synthetic data").
 * The generator is a person-level simulation, so what calibrate estimates is the generator's parameter
 * seen through the data contract; the expected values translate one into the other where needed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrate, historicalDemand, project } from '../src/index.js';
import type { Dataset } from '../src/index.js';
import { loadDataset } from '../src/node/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'data', 'rotterdam');
const present =
  existsSync(join(dir, 'generator-parameters.json')) && existsSync(join(dir, 'datapackage.json'));

interface Truth {
  exit_probability_by_age_band: Record<string, number>;
  exit_year_factor: Record<string, number>;
  clusters: Record<string, { exit_multiplier: number }>;
  programmes: Record<string, { completion_rate: number; entry_rate: number }>;
  graduates: { region_share_if_placed_in_region: number };
  boards: Record<
    string,
    { partnership_member: boolean; binding: number; binding_from: { year: number; binding: number } | null }
  >;
  demand: { lesson_hours_per_fte: Record<string, number> };
  unqualified_exit_probability: number;
  hiring: { unqualified_hire_probability: number };
  locations: Record<string, { lesson_shares: Record<string, number> }>;
}

describe.skipIf(!present)('calibrate(rotterdam) recovers the generator’s parameters', async () => {
  const truth = present
    ? (JSON.parse(readFileSync(join(dir, 'generator-parameters.json'), 'utf8')) as Truth)
    : ({} as Truth);
  const data: Dataset = present ? await loadDataset(dir) : ({} as Dataset);
  const p = present ? calibrate(data) : undefined!;

  it('lesson hours per FTE: exactly', () => {
    for (const [s, h] of Object.entries(truth.demand.lesson_hours_per_fte))
      expect(p.lessonHoursPerFte[s]).toBe(h);
  });

  it('exit rates 25–64 (vo): within 20 % of probability × mean year factor of the chosen window × mean cluster multiplier', () => {
    const from = p.exitWindow > 0 ? data.meta.historyEnd - p.exitWindow : data.meta.historyStart;
    const years = Object.entries(truth.exit_year_factor).filter(
      ([y]) => Number(y) > from && Number(y) <= data.meta.historyEnd,
    );
    const yearFactor = years.reduce((s, [, f]) => s + f, 0) / years.length;
    const clusters = Object.values(truth.clusters);
    const clusterFactor = clusters.reduce((s, c) => s + c.exit_multiplier, 0) / clusters.length;
    for (const band of ['25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64']) {
      const expected = truth.exit_probability_by_age_band[band] * yearFactor * clusterFactor;
      // 20 %: the window the validation chose (three years) has fewer leavers behind each band's rate than the whole history.
      expect(Math.abs(p.exitRate.vo[band] / expected - 1), band).toBeLessThan(0.2);
    }
  });

  it('unqualified staff (vo): retention within 0.08 of 1 − exit probability, hire share within 0.05', () => {
    expect(Math.abs(p.unqualifiedRetention.vo - (1 - truth.unqualified_exit_probability))).toBeLessThan(0.08);
    expect(Math.abs(p.unqualifiedHireShare.vo - truth.hiring.unqualified_hire_probability)).toBeLessThan(
      0.05,
    );
  });

  it('fill rates by cluster: cluster Zuid (attractiveness 0.72) fills fewer openings than cluster Noord (1.05)', () => {
    const noord = p.fillRate['R01-C1'] ?? {};
    const zuid = p.fillRate['R01-C2'] ?? {};
    const both = Object.keys(noord).filter((s) => s in zuid);
    expect(both.length).toBeGreaterThan(10);
    const mean = (r: Record<string, number>) => both.reduce((sum, s) => sum + r[s], 0) / both.length;
    expect(mean(zuid)).toBeLessThan(mean(noord));
  });

  it('completion rates per programme: within 0.05', () => {
    for (const [institute, progs] of Object.entries(p.completionRate)) {
      for (const [programme, rate] of Object.entries(progs)) {
        expect(
          Math.abs(rate - truth.programmes[programme].completion_rate),
          `${institute} ${programme}`,
        ).toBeLessThan(0.05);
      }
    }
  });

  it('binding rates of member boards: within 3 binomial standard errors + 0.02 of binding × region share × entry rate (graduate-weighted, subjects the board teaches)', () => {
    const share = truth.graduates.region_share_if_placed_in_region;
    // A board can only hire a trainee in a subject that one of its locations teaches (else the graduate joins the pool).
    const subjectSector = new Map(data.subjects.map((s) => [s.subject_id, s.sector]));
    const boardSectors = new Map<string, Set<string>>();
    for (const l of data.locations)
      boardSectors.set(l.board_id, (boardSectors.get(l.board_id) ?? new Set()).add(l.sector));
    for (const [board, b] of Object.entries(truth.boards)) {
      if (!b.partnership_member) continue;
      let num = 0;
      let den = 0;
      for (const g of data.graduates) {
        if (g.placement_board_id !== board || g.year <= data.meta.historyStart - 1) continue;
        const binding = b.binding_from && g.year >= b.binding_from.year ? b.binding_from.binding : b.binding;
        const teaches = boardSectors.get(board)?.has(subjectSector.get(g.subject_id) ?? '') ? 1 : 0;
        num += teaches * g.graduates * binding * share * truth.programmes[g.programme_id].entry_rate;
        den += g.graduates;
      }
      const e = num / den;
      const tolerance = 3 * Math.sqrt((e * (1 - e)) / den) + 0.02;
      expect(Math.abs(p.bindingRate[board] - e), board).toBeLessThan(tolerance);
    }
  });

  // The shares are one year's (the base year's) demand shares, so a little noisier than a three-year mean.
  it('lesson shares per location and subject: within 0.025', () => {
    let checked = 0;
    for (const [location, t] of Object.entries(truth.locations)) {
      for (const [subject, share] of Object.entries(t.lesson_shares)) {
        const est = p.lessonShare[location]?.[subject];
        if (est === undefined) continue;
        expect(Math.abs(est - share), `${location} ${subject}`).toBeLessThan(0.025);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe.skipIf(!present)('project(rotterdam) starts from the observed base year', async () => {
  const data: Dataset = present ? await loadDataset(dir) : ({} as Dataset);

  it('base-year demand = observed demand (qualified + unqualified + unfilled), supply = observed FTE', () => {
    const p = project(data, { horizon: 15 });
    const y = data.meta.historyEnd;
    let demand = 0;
    for (const [key, c] of historicalDemand(data)) {
      if (key.endsWith(`|${y}`)) demand += c.qualified + c.unqualified + c.unfilled;
    }
    const supply = data.workforce.filter((r) => r.year === y).reduce((s, r) => s + r.fte, 0);
    expect(p.value('demand_fte', y)).toBeCloseTo(demand, 6);
    expect(p.value('supply_fte', y)).toBeCloseTo(supply, 6);
    expect(p.years).toHaveLength(16);
  });
});
