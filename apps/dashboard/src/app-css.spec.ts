import { readFileSync } from 'node:fs';
import { frameColors, okabeIto, seriesColor } from '@opgave/charts';
import { describe, expect, it } from 'vitest';

// app.css themes the charts by the colours Plot writes into the SVG (`.plot svg [fill='#1c2a38']`),
// and a CSS selector cannot take them from palette.ts: these tests tie the two together.
const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
const themed = [...css.matchAll(/\.plot svg \[(?:fill|stroke)='(#[0-9a-fA-F]+)'\]/g)].map(
  (match) => match[1],
);

describe('app.css', () => {
  it('app.css themes only colours of the charts’ palette (same spelling, so the selector matches)', () => {
    const palette = new Set<string>([...Object.values(frameColors), ...okabeIto]);
    expect(themed.length).toBeGreaterThan(0);
    expect(themed.filter((color) => !palette.has(color))).toEqual([]);
  });

  it('app.css themes the forecast band, quiet labels, ink, grey context lines, the blue and the black', () => {
    const expected = [
      frameColors.forecastBand,
      frameColors.quiet,
      frameColors.ink,
      frameColors.context,
      seriesColor,
      okabeIto[6],
    ];
    expect(expected.filter((color) => !themed.includes(color))).toEqual([]);
  });
});
