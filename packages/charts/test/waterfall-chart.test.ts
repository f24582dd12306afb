import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { waterfallChart, type WaterfallStep } from '../src/waterfall-chart.js';

const steps: WaterfallStep[] = [
  { label: '2039', value: 1200, kind: 'total' },
  { label: 'Pensionering (AOW)', value: 300, kind: 'change' },
  { label: '2040', value: 1500, kind: 'total' },
];

function draw(options: { formatTick?: (value: number) => string; marginLeft?: number }) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return waterfallChart(steps, {
    width: 760,
    format: String,
    labels: { x: 'Tekort (FTE)' },
    ariaLabel: 'Oorzaken',
    ariaDescription: '2039: 1200; Pensionering (AOW): +300; 2040: 1500',
    document: document as unknown as Document,
    ...options,
  });
}

const ticks = (svg: Element) =>
  [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);

describe('waterfallChart', () => {
  it('waterfallChart(steps, { formatTick }) writes the x ticks with it (1.000, not 1,000)', () => {
    expect(ticks(draw({}))).toContain('1,000');
    const dutch = ticks(draw({ formatTick: (v) => v.toLocaleString('nl-NL') }));
    expect(dutch).toContain('1.000');
    expect(dutch).not.toContain('1,000');
  });

  it('waterfallChart(steps, { marginLeft: 250 }) starts the plot 250 px in', () => {
    const bars = (svg: Element) =>
      [...svg.querySelectorAll('[aria-label="bar"] rect')].map((r) => Number(r.getAttribute('x')));
    // The start total is a bar from 0, so its left edge is the plot's left edge.
    expect(bars(draw({ marginLeft: 250 }))[0]).toBe(250);
    expect(bars(draw({}))[0]).toBeCloseTo(12 + 'Pensionering (AOW)'.length * 6.6);
  });
});
