import { describe, expect, test } from 'vitest';
import { numberFormats } from './index.svelte';

describe('numberFormats', () => {
  const nl = numberFormats('nl');
  const en = numberFormats('en');
  test('numberFormats(lang).count(value) uses the language’s thousands separator', () => {
    expect(nl.count(141676)).toBe('141.676');
    expect(en.count(141676)).toBe('141,676');
    expect(nl.count(0)).toBe('0');
  });
  test('numberFormats(lang).fte(value) shows one decimal', () => {
    expect(nl.fte(8479.04)).toBe('8.479,0');
    expect(nl.fte(2786.55)).toBe('2.786,6');
    expect(en.fte(2786.55)).toBe('2,786.6');
  });
  test('numberFormats(lang).change(now, before) is a signed percentage, a true minus sign, and – without a base', () => {
    expect(nl.change(102.3, 100)).toBe('+2,3%');
    expect(nl.change(96.3, 100)).toBe('−3,7%');
    expect(nl.change(100, 100)).toBe('0,0%');
    expect(nl.change(5, 0)).toBe('–');
    expect(nl.change(5, undefined)).toBe('–');
    expect(en.change(96.3, 100)).toBe('−3.7%');
  });
  test('numberFormats(lang).pct(points) shows percentage points with one decimal and a true minus sign', () => {
    expect(nl.pct(3.8149)).toBe('3,8%');
    expect(nl.pct(10.55)).toBe('10,6%');
    expect(nl.pct(0)).toBe('0,0%');
    expect(nl.pct(-1.25)).toBe('−1,3%');
    expect(en.pct(-1.25)).toBe('−1.3%');
  });
  test('numberFormats(lang) builds the formatters of a language once and hands the same ones out again', () => {
    expect(numberFormats('nl')).toBe(nl);
    expect(numberFormats('en')).toBe(en);
    expect(en).not.toBe(nl);
  });
  test('numberFormats(lang).date(date) writes the date out in the language', () => {
    const date = new Date(Date.UTC(2026, 10, 28, 12));
    expect(nl.date(date)).toBe('28 november 2026');
    expect(en.date(date)).toBe('28 November 2026');
  });
});
