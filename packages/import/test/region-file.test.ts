import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRegionDefinition } from '../src/index.js';
import { draftRotterdamRegion, RIJNMOND } from '../scripts/draft-rotterdam-region.js';
import { repoFile } from './helpers.js';

// Issue 13, defect 7: one definition of the region, with its source, used everywhere.
const REGION = 'data/regions/rotterdam-vo-mbo.csv';
const text = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');

describe(REGION, () => {
  it('is what draftRotterdamRegion() writes from data/duo/02.-alle-vestigingen-vo.csv (its documented source)', async () => {
    expect(await draftRotterdamRegion()).toBe(text(REGION));
  });

  it('parseRegionDefinition(file) reads 143 locations in the 13 municipalities of RMC-regio Rijnmond', () => {
    const r = parseRegionDefinition(repoFile(REGION), 'rotterdam-vo-mbo.csv');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.definition.locations).toHaveLength(143);
    expect([...new Set(r.definition.locations.map((l) => l.municipality))].sort()).toEqual(
      [...RIJNMOND].sort(),
    );
    // every location carries a DUO board number, a municipality code and a cluster
    for (const l of r.definition.locations) {
      expect(l.boardId).toMatch(/^[0-9]+$/);
      expect(l.municipalityCode).toMatch(/^GM[0-9]{4}$/);
      expect(l.clusterId).toMatch(/^R01-C[123]$/);
    }
  });

  it('is the region the notebook, the import README and data/duo/README.md refer to (no list of their own)', () => {
    const notebook = text('notebooks/duo-import.ipynb');
    expect(notebook).toContain('data/regions/rotterdam-vo-mbo.csv');
    expect(notebook).not.toContain("'CAPELLE AAN DEN IJSSEL'");
    expect(text('packages/import/README.md')).toContain('data/regions/rotterdam-vo-mbo.csv');
    expect(text('data/duo/README.md')).toContain('regions/rotterdam-vo-mbo.csv');
    expect(text('data/regions/README.md')).toMatch(/RMC-regio Rijnmond/);
  });
});
