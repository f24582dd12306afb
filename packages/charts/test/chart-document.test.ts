import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { waterfallChart } from '../src/waterfall-chart.js';

describe('the document option', () => {
  it('waterfallChart(steps, { document }) draws in the given document, with no global window', () => {
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const figure = waterfallChart(
      [
        { label: '2029', value: 10, kind: 'total' },
        { label: 'Pensioen', value: 2, kind: 'change' },
        { label: '2030', value: 12, kind: 'total' },
      ],
      {
        width: 400,
        format: String,
        labels: { x: 'Tekort (fte)' },
        ariaLabel: 'Oorzaken',
        ariaDescription: '2029: 10; Pensioen: +2; 2030: 12',
        document: document as unknown as Document,
      },
    );
    expect(figure.ownerDocument).toBe(document);
    expect(figure.querySelectorAll('rect').length).toBeGreaterThanOrEqual(3);
  });
});
