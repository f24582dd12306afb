import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartColor } from './chart-color';

const src = new URL('../../', import.meta.url);

describe('chartColor', () => {
  it('chartColor(colour) gives the variable app.css paints the palette’s ink, black, blue and greys in', () => {
    expect(chartColor('#1c2a38')).toBe('var(--ink)');
    expect(chartColor('#000000')).toBe('var(--ink)');
    expect(chartColor('#0072B2')).toBe('var(--chart-blue)');
    expect(chartColor('#5b6876')).toBe('var(--muted)');
    expect(chartColor('#c4cad3')).toBe('var(--chart-context)');
    expect(chartColor('#eef2f6')).toBe('var(--chart-band)');
  });

  it('chartColor(colour) leaves a colour the themes do not redraw as it is', () => {
    expect(chartColor('#E69F00')).toBe('#E69F00');
    expect(chartColor('#b9dcf2')).toBe('#b9dcf2');
    expect(chartColor('constructor')).toBe('constructor');
    expect(chartColor(undefined)).toBeUndefined();
  });

  // The bug this guards against: a swatch given a palette colour directly keeps the light colour while
  // its chart's marks follow the dark theme.
  it('src/**/*.svelte colours a swatch from an expression only through chartColor()', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.svelte'),
    );
    const direct = files.flatMap((name) =>
      [
        ...readFileSync(new URL(name, src), 'utf8').matchAll(
          /style:(?:background(?:-color)?|border(?:-[a-z]+)?-color|color|fill|stroke)=\{(.*?)\}/g,
        ),
      ]
        .filter(([, expression]) => !expression.startsWith('chartColor('))
        .map(([match]) => `${name}: ${match}`),
    );
    expect(direct).toEqual([]);
  });
});
