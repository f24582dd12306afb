import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { forecastBand, niceCeiling } from '../src/baseline-frame.js';

function textsOf(frame: { historyStart: number; baseYear: number; lastYear: number }): string[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const full = { ...frame, firstForecastYear: frame.baseYear + 1, width: 640 };
  const svg = Plot.plot({
    document: document as unknown as Document,
    x: { domain: [frame.historyStart, frame.lastYear] },
    marks: forecastBand(full),
  });
  return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe('forecastBand', () => {
  it('forecastBand({ historyStart: 2014, baseYear: 2025, … }) names both sides of the base year', () => {
    const texts = textsOf({ historyStart: 2014, baseYear: 2025, lastYear: 2040 });
    expect(texts).toContain('← gemeten');
    expect(texts).toContain('prognose →');
  });

  it('forecastBand({ historyStart: 2025, baseYear: 2025, … }) has no "gemeten" when no measured year is shown', () => {
    const texts = textsOf({ historyStart: 2025, baseYear: 2025, lastYear: 2040 });
    expect(texts.some((t) => t.includes('gemeten'))).toBe(false);
    expect(texts).toContain('prognose →');
  });
});

describe('niceCeiling', () => {
  it('niceCeiling(value) rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten', () => {
    expect(niceCeiling(1234)).toBe(1500);
    expect(niceCeiling(0.7)).toBe(0.8);
    expect(niceCeiling(8001)).toBe(10000);
    expect(niceCeiling(0)).toBe(1);
  });
});
