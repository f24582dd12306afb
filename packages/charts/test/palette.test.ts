import { readdirSync, readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { heatScale } from '../src/palette.js';

const src = new URL('../src/', import.meta.url);

describe('palette', () => {
  it('heatScale.stops are the nine colours of Plot’s heatScale.scheme', () => {
    const nine = Plot.scale({
      color: { type: 'ordinal', scheme: heatScale.scheme, domain: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
    });
    expect(nine.range).toEqual(heatScale.stops);
  });

  it('src/*.ts writes a hex colour only in palette.ts, so every chart takes its colours from there', () => {
    const hex = /['"`]#[0-9a-f]{3,8}['"`]/i;
    const offenders = readdirSync(src)
      .filter((name) => name.endsWith('.ts') && name !== 'palette.ts')
      .filter((name) => hex.test(readFileSync(new URL(name, src), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
