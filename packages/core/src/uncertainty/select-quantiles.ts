let scratchValues = new Float64Array(0);
let scratchBucket = new Uint16Array(0);
let scratchCount = new Int32Array(0);
let lastN = -1;
let lastProbs: readonly number[] = [];
let lastTargets: number[] = [];

// Sorted distinct order statistics needed for probs among n values (memoised: simulate asks the same thousands of times).
function targetsOf(n: number, probs: readonly number[]): number[] {
  if (n === lastN && probs === lastProbs) return lastTargets;
  const ks: number[] = [];
  for (const p of probs) {
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const lo = Math.floor(h);
    ks.push(lo, Math.min(n - 1, lo + 1));
  }
  lastN = n;
  lastProbs = probs;
  lastTargets = [...new Set(ks)].sort((a, b) => a - b);
  return lastTargets;
}

/**
 * Quantiles of unsorted values without a full sort, exactly as quantileSorted gives them on the sorted values
 * (type 7: h = (n − 1)·p between the order statistics ⌊h⌋ and ⌊h⌋ + 1). The values are counted into equal-width
 * buckets between their minimum and maximum (a monotone map, so bucket order is value order), and only the
 * buckets that hold a needed order statistic are sorted — no data-dependent branches on most values, which
 * makes it several times faster than a sort or a quickselect on random draws.
 * @param values values (used as scratch: reordered; NaN not allowed)
 * @param probs probabilities in ascending order, in [0, 1]
 * @param out output array
 * @param offset index in `out` of the first quantile
 * @example
 * const out = new Float64Array(2);
 * selectQuantiles(Float32Array.of(4, 1, 3, 2), [0.5, 0.95], out, 0); // out → [2.5, 3.85]
 */
export function selectQuantiles(
  values: Float32Array | Float64Array,
  probs: readonly number[],
  out: Float64Array | number[],
  offset: number,
): void {
  const n = values.length;
  if (n === 0) {
    for (let q = 0; q < probs.length; q++) out[offset + q] = NaN;
    return;
  }
  let min = values[0];
  let max = values[0];
  for (let i = 1; i < n; i++) {
    const x = values[i];
    min = x < min ? x : min;
    max = x > max ? x : max;
  }
  if (min !== max) {
    const B = Math.max(1, Math.min(1024, n >> 1));
    if (scratchValues.length < n) {
      scratchValues = new Float64Array(n);
      scratchBucket = new Uint16Array(n);
    }
    if (scratchCount.length < B + 1) scratchCount = new Int32Array(B + 1);
    const sorted = scratchValues;
    const bucket = scratchBucket;
    const count = scratchCount;
    count.fill(0, 0, B + 1);
    const scale = B / (max - min);
    for (let i = 0; i < n; i++) {
      const b = Math.floor((values[i] - min) * scale);
      const k = b < B ? b : B - 1;
      bucket[i] = k;
      count[k + 1]++;
    }
    for (let b = 0; b < B; b++) count[b + 1] += count[b]; // count[b] = start of bucket b
    for (let i = 0; i < n; i++) sorted[count[bucket[i]]++] = values[i];
    // now count[b] = end of bucket b = start of bucket b + 1
    let b = 0;
    let lastSorted = -1;
    for (const k of targetsOf(n, probs)) {
      while (count[b] <= k) b++;
      if (b !== lastSorted) {
        const start = b === 0 ? 0 : count[b - 1];
        const end = count[b];
        if (end - start > 48) sorted.subarray(start, end).sort();
        else
          for (let i = start + 1; i < end; i++) {
            const x = sorted[i];
            let j = i - 1;
            while (j >= start && sorted[j] > x) {
              sorted[j + 1] = sorted[j];
              j--;
            }
            sorted[j + 1] = x;
          }
        lastSorted = b;
      }
      values[k] = sorted[k];
    }
  }
  for (let q = 0; q < probs.length; q++) {
    const h = (n - 1) * Math.min(1, Math.max(0, probs[q]));
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    out[offset + q] = values[lo] + (h - lo) * (values[hi] - values[lo]);
  }
}
