/**
 * SHA-256 of some bytes as lowercase hex, with Web Crypto (`crypto.subtle`: browsers, Node 20, Deno).
 * @param bytes the bytes
 * @returns 64 hex characters
 * @example
 * await sha256Hex(new TextEncoder().encode('abc')) // 'ba7816bf…15ad'
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const view = new Uint8Array(digest);
  let hex = '';
  for (let i = 0; i < view.length; i++) hex += view[i].toString(16).padStart(2, '0');
  return hex;
}
