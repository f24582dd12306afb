import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scenarioBandOpacity, scenarioColors } from '../src/palette.js';
import { scenarioChart } from '../src/scenario-chart.js';

const points = [
  { year: 2025, baseline: 500, scenario: 500 },
  { year: 2026, baseline: 520, scenario: 480, low: 450, high: 510 },
];

function draw() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return scenarioChart(points, {
    width: 640,
    format: String,
    labels: { x: 'Jaar', y: 'Tekort', baseline: 'Basisprognose', scenario: 'Scenario', band: '80%-band' },
    ariaLabel: 'Scenario tegen de basisprognose',
    ariaDescription: 'Totaal tekort 2025–2026.',
    document: document as unknown as Document,
  });
}

describe('scenarioChart', () => {
  // The dashboard's legend draws the band's swatch from these two constants; a band drawn otherwise
  // would part from its swatch (in the dark theme most visibly).
  it('scenarioChart(points) draws its band in scenarioColors.band at scenarioBandOpacity, as the legend’s swatch', () => {
    const band = draw().querySelector('[aria-label="area"][aria-description="80%-band"]');
    expect({ fill: band?.getAttribute('fill'), opacity: band?.getAttribute('fill-opacity') }).toEqual({
      fill: scenarioColors.band,
      opacity: String(scenarioBandOpacity),
    });
  });
});
