import { describe, expect, test } from 'vitest';
import { formatChange, formatCount, formatFte, formatPercent } from './format';

describe('format', () => {
  test('formatCount(value) uses a point as thousands separator', () => {
    expect(formatCount(141676)).toBe('141.676');
    expect(formatCount(0)).toBe('0');
  });
  test('formatFte(value) shows one decimal with a comma', () => {
    expect(formatFte(8479.04)).toBe('8.479,0');
    expect(formatFte(2786.55)).toBe('2.786,6');
  });
  test('formatChange(now, before) is a signed percentage, a true minus sign, and – without a base', () => {
    expect(formatChange(102.3, 100)).toBe('+2,3%');
    expect(formatChange(96.3, 100)).toBe('−3,7%');
    expect(formatChange(100, 100)).toBe('0,0%');
    expect(formatChange(5, 0)).toBe('–');
    expect(formatChange(5, undefined)).toBe('–');
  });
  test('formatPercent(points) shows percentage points with one decimal and a true minus sign', () => {
    expect(formatPercent(3.8149)).toBe('3,8%');
    expect(formatPercent(10.55)).toBe('10,6%');
    expect(formatPercent(0)).toBe('0,0%');
    expect(formatPercent(-1.25)).toBe('−1,3%');
  });
});
