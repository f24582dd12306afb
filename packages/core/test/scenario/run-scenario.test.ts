import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { rowsOf } from '../fixtures/rows.js';

describe('runScenario(data, scenario, options).difference', () => {
  it('is built on first access, once, and equals scenario − baseline row by row', () => {
    const result = runScenario(tinyDataset(), { bindingRatePp: 10 }, { params: tinyParams(), horizon: 2 });
    const first = result.difference;
    expect(result.difference).toBe(first);
    const b = rowsOf(result.baseline.table());
    const s = rowsOf(result.scenario.table());
    const d = rowsOf(first);
    expect(d).toHaveLength(b.length);
    d.forEach((row, i) => {
      expect([row.level, row.unit, row.subject, row.year, row.measure]).toEqual([
        b[i].level,
        b[i].unit,
        b[i].subject,
        b[i].year,
        b[i].measure,
      ]);
      expect(row.value).toBeCloseTo(s[i].value - b[i].value, 12);
    });
  });
});
