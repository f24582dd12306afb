import type { Scenario } from './scenario.js';
import { intakeFactor } from './intake-factor.js';
import { clamp01 } from './clamp01.js';

// The bands under 35 (<25, 25-29, 30-34) are the ones the early-career lever acts on.
const EARLY_CAREER_BANDS = 3;

/** A scenario's levers as functions of the rates they change: calibrated rates in the projection, drawn ones in simulate. */
export interface Levers {
  /** Exit rate (other than pension) of age band index `band`, after the early-career exit reduction. */
  exitRate(rate: number, band: number): number;
  /** Pension rate after working longer: π' = 1 / (1/π + years). */
  pensionRate(rate: number): number;
  /** Completion, entry and binding rates plus their percentage points, clamped to [0, 1]. */
  completionRate(rate: number): number;
  entryRate(rate: number): number;
  bindingRate(rate: number): number;
  /** Factor (≥ 0) on the intake of an institute's programmes in a subject. */
  intake(institute: string, subject: string): number;
  /** One-off factor on the stock FTE and on every inflow of a sector whose average FTE per teacher is `averageFte`: φ = (f̄ + x) / f̄. */
  fteFactor(averageFte: number): number;
}

/**
 * The one place where scenario levers change parameters, shared by the deterministic projection and simulate
 * so that both apply a lever in the same way.
 * @param scenario validated levers
 * @returns the lever functions
 * @example
 * scenarioLevers({ bindingRatePp: 10 }).bindingRate(0.3); // → 0.4
 * scenarioLevers({ workingLongerYears: 1 }).pensionRate(0.25); // → 0.2
 */
export function scenarioLevers(scenario: Scenario): Levers {
  const early = 1 - (scenario.earlyCareerExitReductionPct ?? 0) / 100;
  const longer = scenario.workingLongerYears ?? 0;
  const completionPp = (scenario.completionRatePp ?? 0) / 100;
  const entryPp = (scenario.entryRatePp ?? 0) / 100;
  const bindingPp = (scenario.bindingRatePp ?? 0) / 100;
  const fteChange = scenario.ftePerTeacherChange;
  return {
    exitRate: (rate, band) => (band < EARLY_CAREER_BANDS ? rate * early : rate),
    pensionRate: (rate) => (rate > 0 ? 1 / (1 / rate + longer) : 0),
    completionRate: (rate) => clamp01(rate + completionPp),
    entryRate: (rate) => clamp01(rate + entryPp),
    bindingRate: (rate) => clamp01(rate + bindingPp),
    intake: (institute, subject) => Math.max(0, intakeFactor(scenario, institute, subject)),
    fteFactor: (averageFte) => (fteChange ? Math.max(0, (averageFte + fteChange) / averageFte) : 1),
  };
}
