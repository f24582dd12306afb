import type { Level } from '../schema/constants.js';
import { ALL } from '../schema/constants.js';
import { QUANTILE_NAMES } from './quantile-sorted.js';
import type { QuantileName } from './quantile-sorted.js';
import type { SimulationMeasure } from './simulation-measures.js';
import type { SimulationResult } from './simulation-types.js';

/** One row of simulationSummary: a unit, subject, measure and year with its quantiles. */
export type SimulationSummaryRow = {
  level: Level;
  unit: string;
  subject: string;
  measure: SimulationMeasure;
  year: number;
  /** P(total_shortage_fte > thresholdFte) when simulate was given a threshold. */
  exceedanceFte?: number;
  /** P(shortage_pct > thresholdPct) when simulate was given a threshold. */
  exceedancePct?: number;
} & Record<QuantileName, number>;

/** Selection of simulationSummary. */
export interface SimulationSummaryOptions {
  /** Level (default region). */
  level?: Level;
  /** Unit id (default every unit of the level). */
  unit?: string;
  /** Subject key (default `all`). */
  subject?: string;
  /** Measures (default every measure in the result). */
  measures?: SimulationMeasure[];
}

/**
 * Plain rows of a simulation for a chart or a table: per unit of a level (e.g. every cluster), subject,
 * measure and year, the quantiles p5 … p95 and, if computed, the exceedance probabilities.
 * @param result from simulate
 * @param options level (region), unit (all units), subject (`all`), measures (all)
 * @returns rows, ordered by unit, measure and year
 * @example
 * simulationSummary(sim, { level: 'cluster', measures: ['total_shortage_fte'] });
 * // → [{ level: 'cluster', unit: 'R01-C1', subject: 'all', measure: 'total_shortage_fte', year: 2025, p5: …, p95: … }, …]
 */
export function simulationSummary(
  result: SimulationResult,
  options: SimulationSummaryOptions = {},
): SimulationSummaryRow[] {
  const level = options.level ?? 'region';
  const subject = options.subject ?? ALL;
  const measures = options.measures ?? result.measures;
  const G = result.groups.length;
  const T = result.years.length;
  const Q = result.quantiles.length;
  const rows: SimulationSummaryRow[] = [];
  result.groups.forEach((grp, g) => {
    if (grp.level !== level || grp.subject !== subject) return;
    if (options.unit !== undefined && grp.unit !== options.unit) return;
    for (const m of measures) {
      const mi = result.measures.indexOf(m);
      if (mi < 0) throw new RangeError(`simulationSummary: measure "${m}" was not simulated`);
      for (let t = 0; t < T; t++) {
        const o = ((mi * G + g) * T + t) * Q;
        const row = {
          level,
          unit: grp.unit,
          subject,
          measure: m,
          year: result.years[t],
        } as SimulationSummaryRow;
        QUANTILE_NAMES.forEach((name, q) => (row[name] = result.values[o + q]));
        if (result.exceedanceFte) row.exceedanceFte = result.exceedanceFte[g * T + t];
        if (result.exceedancePct) row.exceedancePct = result.exceedancePct[g * T + t];
        rows.push(row);
      }
    }
  });
  return rows;
}

/**
 * One quantile of a simulated measure for a unit, subject and year.
 * @param result from simulate
 * @param measure a simulated measure
 * @param year a year of the result
 * @param quantile a name, p5 … p95
 * @param selector level (region), unit (first of the level), subject (`all`)
 * @returns the quantile
 * @example
 * simulationQuantile(sim, 'total_shortage_fte', 2030, 'p90'); // region total
 */
export function simulationQuantile(
  result: SimulationResult,
  measure: SimulationMeasure,
  year: number,
  quantile: QuantileName,
  selector: { level?: Level; unit?: string; subject?: string } = {},
): number {
  const level = selector.level ?? 'region';
  const subject = selector.subject ?? ALL;
  const g = result.groups.findIndex(
    (x) =>
      x.level === level && x.subject === subject && (selector.unit === undefined || x.unit === selector.unit),
  );
  if (g < 0)
    throw new RangeError(
      `simulationQuantile: no ${level} "${selector.unit ?? ''}" with subject "${subject}"`,
    );
  const t = year - result.baseYear;
  if (t < 0 || t >= result.years.length)
    throw new RangeError(
      `simulationQuantile: year ${year} is outside ${result.years[0]}–${result.years.at(-1)}`,
    );
  const mi = result.measures.indexOf(measure);
  if (mi < 0) throw new RangeError(`simulationQuantile: measure "${measure}" was not simulated`);
  const q = QUANTILE_NAMES.indexOf(quantile);
  if (q < 0) throw new RangeError(`simulationQuantile: unknown quantile "${quantile}"`);
  const G = result.groups.length;
  const T = result.years.length;
  return result.values[((mi * G + g) * T + t) * result.quantiles.length + q];
}
