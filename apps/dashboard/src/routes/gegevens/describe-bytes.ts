/**
 * A built-in file as "Gegevens in gebruik" lists it: its SHA-256, computed here in the browser, and its
 * rows under the header (line breaks minus one).
 * @param bytes the file's bytes
 * @returns the hexadecimal SHA-256 and the number of data rows
 * @example await describeBytes(new TextEncoder().encode('a\n1\n')) // { sha256: '…', rows: 1 }
 */
export async function describeBytes(bytes: Uint8Array): Promise<{ sha256: string; rows: number }> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  let lines = 0;
  for (const b of bytes) if (b === 10) lines++;
  return { sha256, rows: Math.max(0, lines - 1) };
}
