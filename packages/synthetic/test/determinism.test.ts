import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../src/index.ts';
import { DATA_DIR, readDescriptor } from './helpers/validate.ts';

describe('generate({ out, seed })', () => {
  it('generate({ out, seed }) regenerates files byte-identical to the committed data/rotterdam', () => {
    const out = mkdtempSync(join(tmpdir(), 'opgave-synthetic-'));
    try {
      generate({ out, seed: readDescriptor().opgave.seed });
      const committed = readdirSync(DATA_DIR).sort();
      expect(readdirSync(out).sort()).toEqual(committed);
      for (const file of committed) {
        const same = readFileSync(join(out, file)).equals(readFileSync(join(DATA_DIR, file)));
        expect(same, `${file} differs from the committed data/rotterdam (run npm run data)`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('generate({ out, seed }) with another seed gives other numbers in the same format', () => {
    const out = mkdtempSync(join(tmpdir(), 'opgave-synthetic-'));
    try {
      generate({ out, seed: 7 });
      const header = (dir: string) => readFileSync(join(dir, 'workforce.csv'), 'utf8').split('\n', 1)[0];
      expect(header(out)).toBe(header(DATA_DIR));
      expect(readFileSync(join(out, 'pupils.csv')).equals(readFileSync(join(DATA_DIR, 'pupils.csv')))).toBe(
        false,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
