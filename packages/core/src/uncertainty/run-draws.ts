import { AGE_BANDS } from '../schema/constants.js';
import { A } from '../model/model.js';
import type { Model } from '../model/model.js';
import { createDrawRandom } from './random.js';
import { sampleNormal } from './sample-normal.js';
import { sampleGamma } from './sample-gamma.js';
import { sampleRate } from './sample-beta.js';
import { candidateRates, writeCandidates } from '../flows/candidate-terms.js';
import { scenarioLevers } from '../levers/scenario-levers.js';
import { allocateSimulationOutput, runSimulationKernel } from './simulation-kernel.js';
import type { SimulationPlan } from './simulation-plan.js';

/** Where runDraws writes, and which draws it runs. */
export interface RunDrawsOptions {
  /** First draw (default 0) and the draw after the last one (default plan.draws). */
  from?: number;
  to?: number;
  /** Samples of all plan.draws draws, [((measure·nGroup + group)·nYear + t)·draws + d]: draws from … to − 1 are written. */
  samples: Float32Array;
  /** Counts of draws with total_shortage_fte > thresholdFte, [group·nYear + t], added to (when the plan has a threshold). */
  exceedFte?: Float64Array;
  /** Counts of draws with shortage_pct > thresholdPct, [group·nYear + t], added to. */
  exceedPct?: Float64Array;
  /** Called after each draw with its index. */
  onDraw?: (draw: number) => void;
}

// Draws buffered per cell before they are copied to the samples: one cache line of float32 per cell instead of
// a write 4·N bytes from the last one for every value.
const BLOCK = 16;

// Measure codes, so the hot loop switches on a number once per measure rather than on a string per value.
const MEASURE_CODE: Record<string, number> = {
  demand_fte: 0,
  supply_fte: 1,
  total_shortage_fte: 2,
  hidden_shortage_fte: 3,
  unfilled_fte: 4,
  shortage_pct: 5,
  expansion_demand_fte: 6,
  inflow_fte: 7,
  outflow_fte: 8,
  replacement_demand_fte: 8,
};

// Module-level rather than closures of runDraws: closures made anew by each call are new call targets, on which
// the optimised code of the last call deoptimised.

// The groups' sums of one accumulator [t·nAcc + cell] into dst [t·nGroup + group]; each group's sum runs over its
// cells in the same order for every accumulator.
function sumGroups(plan: SimulationPlan, acc: Float64Array, dst: Float64Array): void {
  const { nAcc, termStart, termIndex } = plan;
  const T = plan.horizon + 1;
  const G = plan.groups.length;
  for (let t = 0; t < T; t++) {
    const ao = t * nAcc;
    const go = t * G;
    for (let g = 0; g < G; g++) {
      let x = 0;
      for (let i = termStart[g]; i < termStart[g + 1]; i++) x += acc[ao + termIndex[i]];
      dst[go + g] = x;
    }
  }
}

// sumGroups of demand, supply and total shortage in one pass.
function sumGroups3(
  plan: SimulationPlan,
  accDemand: Float64Array,
  accSupply: Float64Array,
  accTotal: Float64Array,
  gDemand: Float64Array,
  gSupply: Float64Array,
  gTotal: Float64Array,
): void {
  const { nAcc, termStart, termIndex } = plan;
  const T = plan.horizon + 1;
  const G = plan.groups.length;
  for (let t = 0; t < T; t++) {
    const ao = t * nAcc;
    const go = t * G;
    for (let g = 0; g < G; g++) {
      let x = 0;
      let y = 0;
      let z = 0;
      const end = termStart[g + 1];
      for (let i = termStart[g]; i < end; i++) {
        const j = ao + termIndex[i];
        x += accDemand[j];
        y += accSupply[j];
        z += accTotal[j];
      }
      gDemand[go + g] = x;
      gSupply[go + g] = y;
      gTotal[go + g] = z;
    }
  }
}

// Draws d0 … d0 + n − 1 from the block [k·cells + cell] into the samples [cell·draws + d].
function flush(
  block: Float32Array,
  samples: Float32Array,
  cells: number,
  draws: number,
  d0: number,
  n: number,
): void {
  for (let cell = 0; cell < cells; cell++) {
    const o = cell * draws + d0;
    for (let k = 0; k < n; k++) samples[o + k] = block[k * cells + cell];
  }
}

/**
 * Runs draws from … to − 1 of a simulation plan, each with its own random stream (createDrawRandom(seed, d)), so
 * draws can be split over threads: draws the calibrated rates, the pupil forecast and the pool
 * sources from their uncertainty (docs/model.md, "Uncertainty"), runs the simulation kernel, sums the leaves
 * into the plan's groups and writes each measure into the samples. Allocates its work space once per call,
 * nothing per draw.
 * @param plan from planSimulation
 * @param options from, to, samples, exceedFte, exceedPct, onDraw
 * @example
 * const plan = planSimulation(data, { draws: 100 });
 * const samples = new Float32Array(plan.measures.length * plan.groups.length * (plan.horizon + 1) * plan.draws);
 * runDraws(plan, { samples });
 */
export function runDraws(plan: SimulationPlan, options: RunDrawsOptions): void {
  const { model, context, params, scenario, trials, pupilError, terms, measures } = plan;
  const { nAcc, leafAcc } = plan;
  const N = plan.draws;
  const from = options.from ?? 0;
  const to = options.to ?? N;
  const { samples, exceedFte, exceedPct, onDraw } = options;
  const vs = plan.varianceScale;
  const nLeaf = model.nLeaf;
  const nL = model.locations.length;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const nSec = model.sectors.length;
  const T = plan.horizon + 1;
  const G = plan.groups.length;
  const M = measures.length;
  const cells = M * G * T;

  // Per-draw copies of the parts of the model that are drawn.
  const demand = new Float64Array(model.demand.length);
  const exitRate = new Float64Array(model.exitRate.length);
  const pensionRate = new Float64Array(model.pensionRate.length);
  const binding = new Float64Array(model.binding.length);
  const pool = new Float64Array(model.pool.length);
  const drawn: Model = { ...model, demand, exitRate, pensionRate, binding, pool };
  const out = allocateSimulationOutput(model);
  const rates = {
    completion: new Float64Array(terms.programmes.length),
    entry: new Float64Array(terms.programmes.length),
    binding: new Float64Array(nB),
  };
  // Means and trials of every drawn rate, looked up once.
  const exitMean = new Float64Array(nSec * A);
  const exitTrials = new Float64Array(nSec * A);
  const pensionMean = new Float64Array(nSec);
  const pensionTrials = new Float64Array(nSec);
  for (let k = 0; k < nSec; k++) {
    const sec = model.sectors[k];
    for (let i = 0; i < A; i++) {
      const a = AGE_BANDS[i];
      exitMean[k * A + i] = params.exitRate[sec]?.[a] ?? 0;
      exitTrials[k * A + i] = trials.exit[sec]?.[a] ?? 0;
    }
    pensionMean[k] = params.pensionRate[sec] ?? 0;
    pensionTrials[k] = trials.pension[sec] ?? 0;
  }
  const nP = terms.programmes.length;
  const means = candidateRates(context, terms);
  const completionTrials = new Float64Array(nP);
  const entryTrials = new Float64Array(nP);
  for (let i = 0; i < nP; i++) {
    const ip = terms.programmes[i];
    completionTrials[i] = trials.completion[ip] ?? 0;
    entryTrials[i] = trials.entry[ip] ?? 0;
  }
  const bindingTrials = new Float64Array(nB);
  for (let b = 0; b < nB; b++) bindingTrials[b] = trials.binding[model.boards[b]] ?? 0;
  const levers = scenarioLevers(scenario);
  const recent = params.recentYears || 3;
  const sd = Math.sqrt(vs);
  const cvs = ['lateral_entrant', 'returner', 'other'].map((src) => (trials.inflowCv[src] ?? 0) * sd);
  const zLocal = new Float64Array(nL);
  const pupilFactor = new Float64Array(nL);
  const poolFactor = new Float64Array(3 * T);

  const needHidden = measures.includes('hidden_shortage_fte') || measures.includes('unfilled_fte');
  const needOut = measures.includes('outflow_fte') || measures.includes('replacement_demand_fte');
  const needIn = measures.includes('inflow_fte');
  const accDemand = new Float64Array(T * nAcc);
  const accSupply = new Float64Array(T * nAcc);
  const accTotal = new Float64Array(T * nAcc);
  const accHidden = needHidden ? new Float64Array(T * nAcc) : undefined;
  const accOut = needOut ? new Float64Array(T * nAcc) : undefined;
  const accIn = needIn ? new Float64Array(T * nAcc) : undefined;
  const gDemand = new Float64Array(T * G);
  const gSupply = new Float64Array(T * G);
  const gTotal = new Float64Array(T * G);
  const gHidden = new Float64Array(T * G);
  const gOut = new Float64Array(T * G);
  const gIn = new Float64Array(T * G);
  const codes = Int32Array.from(measures, (m) => MEASURE_CODE[m]);
  const block = new Float32Array(BLOCK * cells);
  const thresholdFte = plan.thresholdFte ?? 0;
  const thresholdPct = plan.thresholdPct ?? 0;
  let blockStart = from;
  for (let d = from; d < to; d++) {
    // Each draw's own stream: the same numbers whichever draws run before it or in which thread.
    const rng = createDrawRandom(plan.seed, d);
    // Supply rates: exits and pension as beta draws around their estimates.
    for (let k = 0; k < nSec; k++) {
      for (let i = 0; i < A; i++) {
        exitRate[k * A + i] = levers.exitRate(
          sampleRate(rng, exitMean[k * A + i], exitTrials[k * A + i], vs),
          i,
        );
      }
      pensionRate[k] = levers.pensionRate(sampleRate(rng, pensionMean[k], pensionTrials[k], vs));
    }
    // Training rates.
    for (let i = 0; i < nP; i++) {
      rates.completion[i] = sampleRate(rng, means.completion[i], completionTrials[i], vs);
      rates.entry[i] = sampleRate(rng, means.entry[i], entryTrials[i], vs);
    }
    for (let b = 0; b < nB; b++) rates.binding[b] = sampleRate(rng, means.binding[b], bindingTrials[b], vs);
    writeCandidates(context, terms, rates, binding, pool);
    // Pool sources: a level factor (uncertain recent mean) × a yearly factor, both gamma with mean 1.
    for (let k = 0; k < 3; k++) {
      const cv = cvs[k];
      const level = cv > 0 ? sampleGamma(rng, recent / (cv * cv)) * ((cv * cv) / recent) : 1;
      for (let t = 1; t < T; t++)
        poolFactor[k * T + t] = cv > 0 ? level * sampleGamma(rng, 1 / (cv * cv)) * cv * cv : 1;
    }
    for (let t = 1; t < T; t++)
      for (let s = 0; s < nS; s++) {
        const o = (t * nS + s) * 4;
        pool[o + 1] = model.pool[o + 1] * poolFactor[t];
        pool[o + 2] = model.pool[o + 2] * poolFactor[T + t];
        pool[o + 3] = model.pool[o + 3] * poolFactor[2 * T + t];
      }
    // Pupils: a region-wide and a location error on the log scale, persistent over the horizon.
    const zRegion = vs > 0 ? sampleNormal(rng) : 0;
    for (let l = 0; l < nL; l++) zLocal[l] = vs > 0 ? sampleNormal(rng) : 0;
    for (let c = 0; c < nLeaf; c++) demand[c] = model.demand[c];
    for (let t = 1; t < T; t++) {
      const sr = pupilError.region[t] * sd * zRegion;
      const sl = pupilError.local[t] * sd;
      for (let l = 0; l < nL; l++) pupilFactor[l] = vs > 0 ? Math.exp(sr + sl * zLocal[l]) : 1;
      const row = t * nLeaf;
      for (let c = 0; c < nLeaf; c++) {
        const l = model.leafLocation[c];
        demand[row + c] =
          model.fixedDemand[c] + model.pupils[t * nL + l] * pupilFactor[l] * model.perPupil[row + c];
      }
    }

    runSimulationKernel(drawn, out);

    accDemand.fill(0);
    accSupply.fill(0);
    accTotal.fill(0);
    accHidden?.fill(0);
    accOut?.fill(0);
    accIn?.fill(0);
    for (let t = 0; t < T; t++) {
      const row = t * nLeaf;
      const ao = t * nAcc;
      for (let c = 0; c < nLeaf; c++) {
        const i0 = ao + leafAcc[c * 3];
        const i1 = ao + leafAcc[c * 3 + 1];
        const i2 = ao + leafAcc[c * 3 + 2];
        const dm = demand[row + c];
        const sp = out.supply[row + c];
        const tt = out.totalShortage[row + c];
        accDemand[i0] += dm;
        accDemand[i1] += dm;
        accDemand[i2] += dm;
        accSupply[i0] += sp;
        accSupply[i1] += sp;
        accSupply[i2] += sp;
        accTotal[i0] += tt;
        accTotal[i1] += tt;
        accTotal[i2] += tt;
        if (accHidden) {
          const h = out.hidden[row + c];
          accHidden[i0] += h;
          accHidden[i1] += h;
          accHidden[i2] += h;
        }
        if (accOut) {
          const x = out.outflow[row + c];
          accOut[i0] += x;
          accOut[i1] += x;
          accOut[i2] += x;
        }
        if (accIn) {
          const x = out.inflow[row + c];
          accIn[i0] += x;
          accIn[i1] += x;
          accIn[i2] += x;
        }
      }
    }
    sumGroups3(plan, accDemand, accSupply, accTotal, gDemand, gSupply, gTotal);
    if (accHidden) sumGroups(plan, accHidden, gHidden);
    if (accOut) sumGroups(plan, accOut, gOut);
    if (accIn) sumGroups(plan, accIn, gIn);
    // This draw's values in sample order, (measure, group, year), into its row of the block.
    let o = (d - blockStart) * cells;
    for (let mi = 0; mi < M; mi++) {
      const code = codes[mi];
      for (let g = 0; g < G; g++) {
        for (let t = 0; t < T; t++) {
          const i = t * G + g;
          let x: number;
          if (code === 0) x = gDemand[i];
          else if (code === 1) x = gSupply[i];
          else if (code === 2) x = gTotal[i];
          else if (code === 3) x = gHidden[i];
          else if (code === 4) x = gTotal[i] - gHidden[i];
          else if (code === 5) x = gDemand[i] > 0 ? (100 * gTotal[i]) / gDemand[i] : 0;
          else if (code === 6) x = t > 0 ? gDemand[i] - gDemand[i - G] : 0;
          else if (code === 7) x = t > 0 ? gIn[i] : 0;
          else x = t > 0 ? gOut[i] : 0;
          block[o++] = x;
        }
      }
    }
    if (d + 1 - blockStart === BLOCK || d + 1 === to) {
      flush(block, samples, cells, N, blockStart, d + 1 - blockStart);
      blockStart = d + 1;
    }
    if (exceedFte || exceedPct) {
      for (let g = 0; g < G; g++) {
        for (let t = 0; t < T; t++) {
          const i = t * G + g;
          if (exceedFte && gTotal[i] > thresholdFte) exceedFte[g * T + t]++;
          if (exceedPct && gDemand[i] > 0 && (100 * gTotal[i]) / gDemand[i] > thresholdPct)
            exceedPct[g * T + t]++;
        }
      }
    }
    onDraw?.(d);
  }
}
