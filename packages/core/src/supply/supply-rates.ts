import { AGE_BANDS, SOURCES } from '../schema/constants.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import { scenarioLevers } from '../levers/scenario-levers.js';

const A = AGE_BANDS.length;

/** Options of supplyRates. */
export interface SupplyRatesOptions {
  sectors: string[];
  /** Base stock [leaf·A + band]. */
  stock0: Float64Array;
  leafSector: Int32Array;
}

/**
 * The kernel's supply rates after scenario levers: exit rates (early-career reduction), pension rate
 * (working longer: π' = 1 / (1/π + years)), hours change, ageing shares, the one-off FTE factor of the
 * average-FTE lever (φ = (f̄ + x) / f̄) and the age profile of hires per source.
 * @param params parameters
 * @param scenario levers
 * @param options sectors, base stock, leaf sectors
 * @returns flat typed arrays, [sector·A + band] where per band
 * @example
 * const { exitRate } = supplyRates(params, { earlyCareerExitReductionPct: 20 }, { sectors, stock0, leafSector });
 */
export function supplyRates(params: Params, scenario: Scenario, options: SupplyRatesOptions) {
  const { sectors, stock0, leafSector } = options;
  const nSec = sectors.length;
  const nLeaf = leafSector.length;
  const exitRate = new Float64Array(nSec * A);
  const pensionRate = new Float64Array(nSec);
  const hoursChange = new Float64Array(nSec * A);
  const ageingShare = new Float64Array(A);
  const fteFactor = new Float64Array(nSec).fill(1);
  const levers = scenarioLevers(scenario);
  AGE_BANDS.forEach((a, i) => (ageingShare[i] = params.ageingShare[a] ?? 0));
  sectors.forEach((sec, k) => {
    const fph = params.ftePerHead[sec] ?? {};
    AGE_BANDS.forEach((a, i) => {
      exitRate[k * A + i] = levers.exitRate(params.exitRate[sec]?.[a] ?? 0, i);
      hoursChange[k * A + i] = Math.max(-1, params.hoursChange?.[sec]?.[a] ?? 0);
    });
    pensionRate[k] = levers.pensionRate(params.pensionRate[sec] ?? 0);
    if (scenario.ftePerTeacherChange) {
      // Average FTE per person of the sector's base stock, weighted by heads (FTE ÷ FTE per head).
      let fte = 0;
      let heads = 0;
      for (let c = 0; c < nLeaf; c++) {
        if (leafSector[c] !== k) continue;
        for (let i = 0; i < A; i++) {
          fte += stock0[c * A + i];
          heads += fph[AGE_BANDS[i]] ? stock0[c * A + i] / fph[AGE_BANDS[i]] : 0;
        }
      }
      const avg = heads > 0 ? fte / heads : 0.8;
      fteFactor[k] = levers.fteFactor(avg);
    }
  });
  const inflowAge = new Float64Array(SOURCES.length * A);
  SOURCES.forEach((src, k) =>
    AGE_BANDS.forEach(
      (a, i) => (inflowAge[k * A + i] = params.inflowAgeShare[src]?.[a] ?? (i === 0 ? 1 : 0)),
    ),
  );

  return { exitRate, pensionRate, hoursChange, ageingShare, fteFactor, inflowAge };
}
