import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  STUDY_ROUTES,
  aowAge,
  ageBandIndex,
  completionRate,
  formatNumber,
  trueParameters,
} from '../src/index.ts';
import { DATA_DIR } from './helpers/validate.ts';

describe('parameters', () => {
  it('aowAge(year) follows the statutory path 65 → 67', () => {
    expect(aowAge(2012)).toBe(65);
    expect(aowAge(2018)).toBe(66);
    expect(aowAge(2019)).toBeCloseTo(66 + 4 / 12, 10);
    expect(aowAge(2024)).toBe(67);
    expect(aowAge(2028)).toBe(67.25);
  });

  it('completionRate(route, L) multiplies survival by on-time plus late graduation', () => {
    // wo-master: L = 1, on time 0.75, one year late 0.6 of the rest → 0.75 + 0.25 · 0.6 = 0.9
    expect(completionRate(STUDY_ROUTES['wo-master'], 1)).toBeCloseTo(0.9, 10);
    // hbo-master: L = 2, first-year dropout 0.15, on time 0.7, late 0.8 → 0.85 · (0.7 + 0.3 · 0.8) = 0.799
    expect(completionRate(STUDY_ROUTES['hbo-master'], 2)).toBeCloseTo(0.799, 10);
  });

  it('ageBandIndex(age) maps ages to the bands of docs/data.md', () => {
    expect(ageBandIndex(22)).toBe(0);
    expect(ageBandIndex(25)).toBe(1);
    expect(ageBandIndex(54.9)).toBe(6);
    expect(ageBandIndex(55)).toBe(7);
    expect(ageBandIndex(66.5)).toBe(9);
  });

  it('formatNumber(value, decimals) writes no exponent, no −0 and no trailing zeros', () => {
    expect(formatNumber(0.1 + 0.2, 3)).toBe('0.3');
    expect(formatNumber(-0.0001, 3)).toBe('0');
    expect(formatNumber(1e-7, 3)).toBe('0');
    expect(formatNumber(12.5, 3)).toBe('12.5');
    expect(formatNumber(100, 3)).toBe('100');
    expect(formatNumber(123456789.123456, 5)).toBe('123456789.12346');
    expect(formatNumber(51.9, 5)).toBe('51.9');
  });
});

describe('trueParameters(seed)', () => {
  it('trueParameters(seed) matches the committed generator-parameters.json apart from the realised figures', () => {
    const committed = JSON.parse(readFileSync(join(DATA_DIR, 'generator-parameters.json'), 'utf8'));
    const params = trueParameters(committed.seed) as Record<string, unknown>;
    expect({ ...params, realised: undefined }).toEqual({ ...committed, realised: undefined });
    expect(committed.realised).toHaveLength(12);
  });

  it('trueParameters(seed) gives one board a binding programme from 2020 and members more binding than others', () => {
    const boards = Object.values(
      trueParameters().boards as Record<
        string,
        { partnership_member: boolean; binding: number; binding_from: unknown }
      >,
    );
    expect(boards.filter((b) => b.binding_from !== null)).toHaveLength(1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(boards.filter((b) => b.partnership_member).map((b) => b.binding))).toBeGreaterThan(
      mean(boards.filter((b) => !b.partnership_member).map((b) => b.binding)),
    );
  });
});
