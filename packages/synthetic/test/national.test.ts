import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../src/index.ts';
import { readDescriptor, readTable, validateForeignKeys, validateResource } from './helpers/validate.ts';

describe('generate({ scale: "national" })', () => {
  it('generate({ scale: "national", regions: 2 }) writes several regions in the same format, keys unique and sorted across regions', () => {
    const out = mkdtempSync(join(tmpdir(), 'opgave-national-'));
    try {
      const result = generate({ out, scale: 'national', regions: 2 });
      expect(result.regions).toBe(2);
      const descriptor = readDescriptor(out);
      expect(descriptor.opgave.synthetic).toBe(true);
      for (const resource of descriptor.resources)
        expect(validateResource(resource, out), resource.name).toEqual([]);
      expect(validateForeignKeys(descriptor, out)).toEqual([]);
      const regions = readTable('regions', out);
      expect(regions.map((r) => r.region_id)).toEqual(['R01', 'R02']);
      const locations = readTable('locations', out);
      const boards = new Map(readTable('boards', out).map((b) => [b.board_id, b.region_id]));
      for (const r of regions)
        expect(locations.filter((l) => boards.get(l.board_id) === r.region_id).length).toBeGreaterThan(100);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
