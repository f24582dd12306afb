import { readFileSync } from 'node:fs';
import { frameColors, okabeIto, seriesColor } from '@opgave/charts';
import { describe, expect, it } from 'vitest';
import { chartColor, themedChartColors } from '$lib/components/chart-color';

// app.css themes the charts by the colours Plot writes into the SVG (`.plot svg [fill='#1c2a38']`),
// and a CSS selector cannot take them from palette.ts: these tests tie the two together, and tie the
// rules to chartColor(), which paints the HTML swatches beside the charts.
const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
const themed = [...css.matchAll(/\.plot svg \[(?:fill|stroke)='(#[0-9a-fA-F]+)'\]/g)].map(
  (match) => match[1],
);

/** Every `.plot svg [fill|stroke='colour']` selector of app.css with the value its rule paints it in. */
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selectors, body]) =>
  [...selectors.matchAll(/\.plot svg \[(fill|stroke)='([^']+)'\]/g)].map(([, property, color]) => ({
    property,
    color,
    value: new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+);`).exec(body)?.[1].trim(),
  })),
);

/** The light colour of each custom property of :root written as `light-dark(light, dark)`. */
const lightOf = new Map(
  [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-fA-F]+),/g)].map(([, name, light]) => [
    `var(${name})`,
    light.toLowerCase(),
  ]),
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

  it('app.css paints every themed chart colour, as fill and as stroke, in chartColor(colour), the colour of its swatches', () => {
    const expected = [...themedChartColors.keys()].flatMap((color) =>
      ['fill', 'stroke'].map((property) => ({ property, color, value: chartColor(color) })),
    );
    const byKey = (r: { property: string; color: string }) => `${r.property} ${r.color}`;
    expect(rules.map(byKey).sort()).toEqual(expected.map(byKey).sort());
    expect(rules.filter((rule) => rule.value !== chartColor(rule.color))).toEqual([]);
  });

  it('chartColor(colour) is the colour itself in the light theme, but for black, which the site draws in ink', () => {
    const light = (value: string) => lightOf.get(value) ?? value;
    const named = { white: '#ffffff' } as Record<string, string>;
    const differing = [...themedChartColors.keys()].filter(
      (color) => light(chartColor(color)!) !== (named[color] ?? color.toLowerCase()),
    );
    expect(differing).toEqual([okabeIto[6]]);
  });
});
