import { describe, expect, it } from 'vitest';
import { describePattern, importDataset, OPGAVE_SCHEMAS } from '../src/index.js';
import { utf8 } from './helpers.js';

// Defect 4 of issue 13: real DUO board numbers and institution codes were rejected by hard-wired patterns.
describe('real DUO codes', () => {
  it('importDataset(boards with DUO board number 41775, institutes with code 25BE) accepts them', async () => {
    const r = await importDataset(
      [
        { resource: 'regions', file: 'regions.csv', bytes: utf8('region_id,name\nR01,Rotterdam\n') },
        {
          resource: 'boards',
          file: 'boards.csv',
          bytes: utf8(
            'board_id,name,sector,region_id,partnership_member\n41775,Bestuur 41775,vo,R01,true\nB0001,Synthetisch,vo,R01,false\n',
          ),
        },
        {
          resource: 'institutes',
          file: 'institutes.csv',
          bytes: utf8(
            'institute_id,name,type,region_id\n25BE,Hogeschool Rotterdam,hbo,R01\nI001,Synthetisch,hbo,R01\n',
          ),
        },
      ],
      {},
    );
    expect(r.reports.flatMap((x) => x.errors)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('importDataset(boards with "41 775") names the value and says in words what was expected, no regular expression', async () => {
    const r = await importDataset(
      [
        {
          resource: 'boards',
          file: 'boards.csv',
          bytes: utf8('board_id,name,sector,region_id,partnership_member\n41 775,Bestuur,vo,R01,true\n'),
        },
      ],
      { references: { regions: new Set(['R01']) } },
    );
    const e = r.reports[0].errors[0];
    expect(e).toMatchObject({ file: 'boards.csv', row: 2, column: 'board_id', value: '41 775' });
    expect(e.expected).toBe('a code of letters and digits (such as 41775 or 25BE), at most 32 characters');
    expect(e.message).not.toMatch(/[\^$[]/);
  });

  it('describePattern(pattern, lang) knows every pattern of the Opgave format in English and Dutch', () => {
    const patterns = new Set(
      Object.values(OPGAVE_SCHEMAS).flatMap((s) =>
        s.fields.map((f) => f.constraints?.pattern).filter((p) => p !== undefined),
      ),
    );
    expect(patterns.size).toBeGreaterThan(3);
    for (const p of patterns) {
      expect(describePattern(p, 'en'), p).toMatch(/^a /);
      expect(describePattern(p, 'nl'), p).toMatch(/^een /);
    }
    expect(describePattern('^X$', 'nl')).toBeNull();
  });
});
