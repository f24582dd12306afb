import { describe, expect, it } from 'vitest';
import { backtestVerdict } from './backtest-verdict';

describe('backtestVerdict(summary)', () => {
  it('backtestVerdict(summary) reports the method the dashboard draws beside the last value', () => {
    expect(
      backtestVerdict({
        origins: [2017, 2018, 2019],
        horizons: [1, 2, 3, 4, 5],
        dashboard: 'model',
        maeFte: { model: 99.8, combination: 62.8, last_value: 54.3 },
      }),
    ).toEqual({
      shownFte: 99.8,
      lastValueFte: 54.3,
      firstOrigin: 2017,
      lastOrigin: 2019,
      origins: 3,
      maxHorizon: 5,
    });
  });

  it('backtestVerdict(summary) refuses a summary without the shown method', () => {
    expect(() =>
      backtestVerdict({
        origins: [2017],
        horizons: [1],
        dashboard: 'combination',
        maeFte: { last_value: 1 },
      }),
    ).toThrow('docs/accuracy.json: no error for "combination" and last_value (run npm run accuracy)');
  });

  it('backtestVerdict() reads the committed docs/accuracy.json', () => {
    const v = backtestVerdict();
    expect(v.firstOrigin).toBeLessThanOrEqual(v.lastOrigin);
    expect(v.shownFte).toBeGreaterThan(0);
    expect(v.lastValueFte).toBeGreaterThan(0);
  });
});
