import { expect, test } from 'vitest';
import { duoTablesToCsv } from './duo-tables';

const fields = {
  pupils: ['location_id', 'year', 'pupils'],
  boards: ['board_id', 'name', 'sector', 'region_id', 'partnership_member'],
};

test('duoTablesToCsv({ tables, fields, base, files }) keeps the base years the DUO files do not hold', () => {
  const [pupils] = duoTablesToCsv({
    tables: { pupils: [{ location_id: '04IK00', year: 2024, pupils: 310 }] },
    fields: { pupils: fields.pupils },
    keys: {},
    base: {
      pupils: [
        { location_id: '04IK00', year: 2019, pupils: 295 },
        { location_id: '04IK00', year: 2024, pupils: 1 },
      ],
    },
    files: ['01.-leerlingen-2024.csv'],
  });
  expect(pupils.resource).toBe('pupils');
  expect(pupils.csv).toBe('location_id,year,pupils\n04IK00,2019,295\n04IK00,2024,310\n');
  expect(pupils.name).toBe('pupils ← DUO: 01.-leerlingen-2024.csv');
});

test('duoTablesToCsv({ tables, fields }) writes columns in schema order, quotes names, skips empty and unknown tables', () => {
  const out = duoTablesToCsv({
    tables: {
      boards: [
        {
          partnership_member: true,
          name: 'Stichting "LMC", Rotterdam',
          board_id: '41775',
          sector: 'vo',
          region_id: 'R01',
        },
      ],
      pupils: [],
      teacher_training: [{ programme: 'x' }],
    },
    fields,
    keys: {},
    base: {},
    files: ['a.csv', 'b.csv'],
  });
  expect(out.map((t) => t.resource)).toEqual(['boards']);
  expect(out[0].csv).toBe(
    'board_id,name,sector,region_id,partnership_member\n41775,"Stichting ""LMC"", Rotterdam",vo,R01,true\n',
  );
});

test('duoTablesToCsv({ tables, keys, base }) keeps the base rows and adds only new keys; unchanged tables are not written', () => {
  const base = {
    boards: [
      { board_id: '41775', name: 'Stichting LMC', sector: 'vo', region_id: 'R01', partnership_member: true },
    ],
  };
  const board = (id: string) => ({
    board_id: id,
    name: `Bestuur ${id}`,
    sector: 'vo',
    region_id: 'R01',
    partnership_member: true,
  });
  const same = duoTablesToCsv({
    tables: { boards: [board('41775')] },
    fields: { boards: fields.boards },
    keys: { boards: ['board_id'] },
    base,
    files: ['x.csv'],
  });
  expect(same).toEqual([]);
  const [added] = duoTablesToCsv({
    tables: { boards: [board('41775'), board('20151')] },
    fields: { boards: fields.boards },
    keys: { boards: ['board_id'] },
    base,
    files: ['x.csv'],
  });
  expect(added.csv).toBe(
    'board_id,name,sector,region_id,partnership_member\n41775,Stichting LMC,vo,R01,true\n20151,Bestuur 20151,vo,R01,true\n',
  );
});
