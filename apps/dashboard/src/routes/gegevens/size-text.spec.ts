import { expect, test } from 'vitest';
import { sizeText } from './size-text';

test('sizeText(bytes) rounds kilobytes up', () => {
  expect(sizeText(0)).toBe('0 KB');
  expect(sizeText(1)).toBe('1 KB');
  expect(sizeText(1500)).toBe('2 KB'); // 1.46 KB
  expect(sizeText(1024 * 1024 - 1)).toBe('1024 KB');
});

test('sizeText(bytes) gives megabytes with one decimal from 1 MB', () => {
  expect(sizeText(1024 * 1024)).toBe('1.0 MB');
  expect(sizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
  expect(sizeText(12 * 1024 * 1024 + 100 * 1024)).toBe('12.1 MB'); // 12.098 MB
});
