/**
 * Clamp a rate to [0, 1].
 * @param x rate
 * @returns x within [0, 1]
 * @example
 * clamp01(1.2); // → 1
 */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
