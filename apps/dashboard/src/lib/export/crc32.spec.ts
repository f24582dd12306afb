import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it('crc32(bytes) of "123456789" is the check value of CRC-32, 0xCBF43926', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('crc32(bytes) of nothing is 0 and of "a" is 0xE8B7BE43', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(ascii('a'))).toBe(0xe8b7be43);
  });
});
