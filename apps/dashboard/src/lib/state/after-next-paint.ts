/**
 * Waits until the browser has painted what the page changed so far: the task after the next frame's
 * rendering (a frame callback runs before that frame's layout and paint, a timeout set in it after them).
 * @returns a promise that settles after the next paint
 * @example overview = rows; await afterNextPaint(); startDuckDB();
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
