/** The bar a band's coverage must clear in the accuracy report: close to nominal, its misses not mostly on one side. */
export interface BandPassOptions {
  /** Nominal coverage as a share, e.g. 0.8 for the p10–p90 band. */
  nominal: number;
  /** Largest distance of the coverage from nominal that passes (default 0.05, five percentage points). */
  tolerance?: number;
  /** Largest share of the misses allowed on one side (default 2/3; 1 leaves the sides unchecked). */
  maxOneSide?: number;
}

const logFactorials: number[] = [0];

function logFactorial(k: number): number {
  for (let i = logFactorials.length; i <= k; i++) logFactorials.push(logFactorials[i - 1] + Math.log(i));
  return logFactorials[k];
}

/**
 * The chance that a perfectly calibrated band clears the bar on n outcomes: each outcome falls below the band
 * with probability (1 − nominal)/2 and above it with the same probability, independently of the others, and the
 * cell passes when the share inside is within `tolerance` of nominal and no more than `maxOneSide` of the misses
 * fall on one side. Exact (a sum over the trinomial distribution of below, inside and above), not simulated.
 * Outcomes of one origin are correlated in a backtest, which spreads the coverage wider than independent outcomes
 * do, so in a backtest a calibrated band is likely to pass less often than this.
 * @param n outcomes in the cell (a whole number ≥ 1)
 * @param options nominal, tolerance (0.05), maxOneSide (2/3)
 * @returns a probability in [0, 1]
 * @example
 * calibratedBandPass(10, { nominal: 0.8 }); // → 0.151: exactly one miss below and one above (90 · 0.1² · 0.8⁸)
 */
export function calibratedBandPass(n: number, options: BandPassOptions): number {
  const { nominal } = options;
  const tolerance = options.tolerance ?? 0.05;
  const maxOneSide = options.maxOneSide ?? 2 / 3;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`calibratedBandPass: n ${n} is not a whole number ≥ 1`);
  if (!(nominal > 0 && nominal < 1))
    throw new RangeError(`calibratedBandPass: nominal ${nominal} is not in (0, 1)`);
  if (!(tolerance >= 0))
    throw new RangeError(`calibratedBandPass: tolerance ${tolerance} is not a number ≥ 0`);
  if (!(maxOneSide >= 0 && maxOneSide <= 1))
    throw new RangeError(`calibratedBandPass: maxOneSide ${maxOneSide} is not in [0, 1]`);
  const tail = (1 - nominal) / 2;
  const logTail = Math.log(tail);
  const logInside = Math.log(nominal);
  // Coverage 1 − m/n within tolerance of nominal, counted in misses m; the epsilon keeps an exact edge inside.
  const expected = n * (1 - nominal);
  const slack = tolerance * n + 1e-9;
  let p = 0;
  for (
    let m = Math.max(0, Math.ceil(expected - slack));
    m <= Math.min(n, Math.floor(expected + slack));
    m++
  ) {
    for (let below = 0; below <= m; below++) {
      const above = m - below;
      if (Math.max(below, above) > maxOneSide * m + 1e-9) continue;
      p += Math.exp(
        logFactorial(n) -
          logFactorial(below) -
          logFactorial(above) -
          logFactorial(n - m) +
          m * logTail +
          (n - m) * logInside,
      );
    }
  }
  return Math.min(1, p);
}

/**
 * The distribution of how many of several independent cells pass, each with its own chance (a Poisson binomial).
 * @param chances each cell's chance of passing, in [0, 1]
 * @returns probabilities of 0, 1, …, chances.length cells passing
 * @example
 * passCountDistribution([0.5, 0.2]); // → [0.4, 0.5, 0.1]
 */
export function passCountDistribution(chances: readonly number[]): number[] {
  let dist = [1];
  for (const q of chances) {
    const next = new Array<number>(dist.length + 1).fill(0);
    for (let k = 0; k < dist.length; k++) {
      next[k] += dist[k] * (1 - q);
      next[k + 1] += dist[k] * q;
    }
    dist = next;
  }
  return dist;
}
