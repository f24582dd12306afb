#!/usr/bin/env -S npx tsx
/**
 * Command line: `tsx src/cli.ts --out ../../data/rotterdam [--seed 20251001] [--scale rotterdam|national] [--regions 50] [--variant default|congestion]`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';
import { DEFAULT_SEED } from './parameters.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string' },
    scale: { type: 'string', default: 'rotterdam' },
    regions: { type: 'string' },
    variant: { type: 'string', default: 'default' },
    quiet: { type: 'boolean', default: false },
  },
});

if (!values.out) {
  console.error('opgave-synthetic: --out <folder> is required');
  process.exit(2);
}
if (values.scale !== 'rotterdam' && values.scale !== 'national') {
  console.error(`opgave-synthetic: invalid scale ${values.scale} (expected rotterdam or national)`);
  process.exit(2);
}
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`opgave-synthetic: invalid seed ${values.seed} (expected a whole number)`);
  process.exit(2);
}
if (values.variant !== 'default' && values.variant !== 'congestion') {
  console.error(`opgave-synthetic: invalid variant ${values.variant} (expected default or congestion)`);
  process.exit(2);
}
const started = performance.now();
const out = resolve(values.out);
const result = generate({
  out,
  seed,
  scale: values.scale,
  regions: values.regions ? Number(values.regions) : undefined,
  variant: values.variant,
  log: values.quiet || values.scale === 'rotterdam' ? undefined : (m) => console.log(m),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `opgave-synthetic: wrote ${result.regions} region(s), ${result.locations} locations to ${out} in ${seconds} s (SYNTHETIC data)`,
);
for (const [name, rows] of Object.entries(result.rows))
  console.log(`  ${name.padEnd(15)} ${String(rows).padStart(9)} rows`);
