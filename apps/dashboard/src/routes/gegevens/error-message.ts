/**
 * What the page says of a failure: an Error's message, anything else as text.
 * @param error what was thrown or rejected
 * @returns its message
 * @example errorMessage(new Error('HTTP 404')) // 'HTTP 404'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
