import { expect, test } from 'vitest';
import { describeBytes } from './describe-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

test('describeBytes(bytes) gives the SHA-256 in hexadecimal', async () => {
  // FIPS 180-2, appendix B.1: SHA-256("abc"); and SHA-256 of nothing.
  expect((await describeBytes(bytes('abc'))).sha256).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
  expect((await describeBytes(bytes(''))).sha256).toBe(
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
});

test('describeBytes(bytes) counts the rows under the header', async () => {
  expect((await describeBytes(bytes('a,b\n1,2\n3,4\n'))).rows).toBe(2);
  expect((await describeBytes(bytes('a,b\n'))).rows).toBe(0);
  expect((await describeBytes(bytes(''))).rows).toBe(0);
});
