import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokeniseCsv } from '@opgave/contract';
import { congestionFactor, generate } from '../src/index.ts';
import { DATA_DIR, readDescriptor } from './helpers/validate.ts';

/** The sum of a column over the rows that pass `where`, the CSV read with the contract's tokeniser. */
const sumColumn = (csv: string, column: string, where: (row: Record<string, string>) => boolean) => {
  const { header, columns, rowCount } = tokeniseCsv(csv);
  let total = 0;
  for (let i = 0; i < rowCount; i++) {
    const row = Object.fromEntries(header.map((name, j) => [name, columns[j][i]]));
    if (where(row)) total += Number(row[column]);
  }
  return total;
};

describe('congestionFactor(previous, count)', () => {
  it('congestionFactor(previous, count) is 1 at or below the recent mean and mean ÷ count above it', () => {
    expect(congestionFactor([], 50)).toBe(1);
    expect(congestionFactor([100, 100, 100], 90)).toBe(1);
    expect(congestionFactor([100, 100, 100], 100)).toBe(1);
    expect(congestionFactor([100, 100, 100], 125)).toBeCloseTo(0.8, 12);
    // only the last three years count: mean(80, 100, 120) = 100
    expect(congestionFactor([1000, 80, 100, 120], 200)).toBeCloseTo(0.5, 12);
  });
});

describe("generate({ out, seed, variant: 'congestion' })", () => {
  it("generate({ out, seed, variant: 'congestion' }) keeps pupils and training, and hires fewer lateral entrants", () => {
    const out = mkdtempSync(join(tmpdir(), 'opgave-synthetic-'));
    try {
      generate({ out, seed: readDescriptor().opgave.seed, variant: 'congestion' });
      const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
      expect(read(out, 'pupils.csv')).toBe(read(DATA_DIR, 'pupils.csv'));
      expect(read(out, 'intake.csv')).toBe(read(DATA_DIR, 'intake.csv'));
      const lateral = (dir: string) =>
        sumColumn(read(dir, 'hires.csv'), 'fte', (r) => r.source === 'lateral_entrant');
      expect(lateral(out)).toBeLessThan(lateral(DATA_DIR));
      expect(JSON.parse(read(out, 'datapackage.json')).description).toMatch(/Variant congestion/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('generate({ out, variant }) refuses an unknown variant', () => {
    expect(() => generate({ out: join(tmpdir(), 'never'), variant: 'wild' as never })).toThrow(
      'generate: unknown variant "wild" (expected default or congestion)',
    );
  });
});
