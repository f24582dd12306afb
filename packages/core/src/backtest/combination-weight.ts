/** A past forecast that a combination weight is chosen from. */
export interface CombinationEvidence {
  actual: number;
  model: number;
  last_value: number;
  /** MASE denominator of the unit; errors of units with scale ≤ 0 or NaN count unscaled. */
  scale: number;
}

/** Weights tried by combinationWeight: 0, 0.05, …, 1. */
const GRID = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * The weight w of the model in w·model + (1 − w)·last value that has the smallest mean absolute scaled error
 * over past forecasts (a grid of 0, 0.05, …, 1; ties go to the weight nearest ½).
 * @param evidence past forecasts with what happened
 * @param options defaultWeight (½) returned when there is no evidence
 * @returns w in [0, 1]
 * @example
 * combinationWeight([{ actual: 10, model: 12, last_value: 9, scale: 1 }]); // → 0.35 (0.35·12 + 0.65·9 = 10.05)
 */
export function combinationWeight(
  evidence: readonly CombinationEvidence[],
  options: { defaultWeight?: number } = {},
): number {
  const fallback = options.defaultWeight ?? 0.5;
  if (!evidence.length) return fallback;
  let best = fallback;
  let bestLoss = Infinity;
  for (const w of GRID) {
    let loss = 0;
    for (const e of evidence) {
      const q = e.scale > 0 ? e.scale : 1;
      loss += Math.abs(e.actual - (w * e.model + (1 - w) * e.last_value)) / q;
    }
    const better = loss < bestLoss - 1e-12;
    const tie = Math.abs(loss - bestLoss) <= 1e-12 && Math.abs(w - 0.5) < Math.abs(best - 0.5);
    if (better || tie) {
      best = w;
      bestLoss = loss;
    }
  }
  return best;
}
