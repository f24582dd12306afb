import { crc32 } from './crc32';

/** A file to put in a zip: its path inside the archive and its bytes. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** 2020-01-01 00:00 as an MS-DOS date (years since 1980, month, day); the time is 0:00. */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Writes a zip archive, every file deflated by the browser's own `CompressionStream` (no zip library in the
 * site's JavaScript). The files' dates are fixed (2020-01-01), so the same files give the same bytes.
 * @param entries the files in order; names in ASCII (the flag for UTF-8 names is not set)
 * @returns the bytes of the `.zip`
 * @example await writeZip([{ name: 'a.txt', bytes: new TextEncoder().encode('a') }])
 */
export async function writeZip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const deflated = await Promise.all(entries.map((entry) => deflateRaw(entry.bytes)));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.name);
    const data = deflated[i];
    const checksum = crc32(entry.bytes);
    // The fields that the local header and the central directory share, from "version needed" on.
    const common = (view: DataView, at: number) => {
      view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
      view.setUint16(at + 2, 0, true); // flags
      view.setUint16(at + 4, 8, true); // method: deflate
      view.setUint16(at + 6, 0, true); // time
      view.setUint16(at + 8, DOS_DATE, true);
      view.setUint32(at + 10, checksum, true);
      view.setUint32(at + 14, data.length, true);
      view.setUint32(at + 18, entry.bytes.length, true);
      view.setUint16(at + 22, name.length, true);
    };
    const local = new Uint8Array(30 + name.length + data.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    common(localView, 4);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true); // made by: version 2.0
    common(centralView, 6);
    centralView.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  });
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const zip = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}
