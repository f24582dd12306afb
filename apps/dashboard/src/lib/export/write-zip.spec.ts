import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip } from './write-zip';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('writeZip', () => {
  it('writeZip(entries) gives a zip that another reader (fflate) unpacks to the same files', async () => {
    const long = 'Leerlingen;Fte\n'.repeat(200);
    const zip = await writeZip([
      { name: 'a.txt', bytes: ascii('a') },
      { name: 'map/long.csv', bytes: ascii(long) },
      { name: 'empty', bytes: new Uint8Array(0) },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['a.txt', 'map/long.csv', 'empty']);
    expect(strFromU8(files['a.txt'])).toBe('a');
    expect(strFromU8(files['map/long.csv'])).toBe(long);
    expect(files['empty'].length).toBe(0);
  });

  it('writeZip(entries) deflates: 3,000 bytes of one repeated line take far fewer', async () => {
    const zip = await writeZip([{ name: 'long.csv', bytes: ascii('Leerlingen;Fte\n'.repeat(200)) }]);
    // 30 + 8 (local header and name) + 46 + 8 (central directory) + 22 (end) = 114 bytes of structure.
    expect(zip.length).toBeLessThan(114 + 100);
  });

  it('writeZip(entries) starts with a local header (PK\\3\\4) and ends with the end record (PK\\5\\6) counting the files', async () => {
    const zip = await writeZip([
      { name: 'a', bytes: ascii('x') },
      { name: 'b', bytes: ascii('y') },
    ]);
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    const end = zip.subarray(zip.length - 22);
    expect([...end.subarray(0, 4)]).toEqual([0x50, 0x4b, 5, 6]);
    expect(end[10] | (end[11] << 8)).toBe(2);
  });
});
