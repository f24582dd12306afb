let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/**
 * The CRC-32 of bytes (the checksum of zip and gzip: polynomial 0xEDB88320, reflected, inverted).
 * @param bytes the bytes
 * @returns the checksum as an unsigned 32-bit number
 * @example crc32(new TextEncoder().encode('123456789')) // 0xCBF43926
 */
export function crc32(bytes: Uint8Array): number {
  const t = table ?? crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
