import { describe, expect, it } from 'vitest';
import { importDuo, parseRegionDefinition, summariseDuoImport, type RegionDefinition } from '../src/index.js';
import { fixture, repoFile, utf8 } from './helpers.js';

// Expected figures come from a tiny independent parse of the same bytes (split on the delimiter), never
// from the importer under test.
const OLD = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const NEW = 'duo-real/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';

function region(): RegionDefinition {
  const r = parseRegionDefinition(repoFile('data/regions/rotterdam-vo-mbo.csv'), 'rotterdam-vo-mbo.csv');
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.definition;
}

/** Rows as cells: newer layout (quoted, `,`, CRLF, UTF-8) or older (`;`, Windows-1252). */
function cells(bytes: Uint8Array, newer: boolean): string[][] {
  const text = new TextDecoder(newer ? 'utf-8' : 'windows-1252').decode(bytes);
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  return lines.slice(1).map((l) => (newer ? l.slice(1, -1).split('","') : l.split(';')));
}

/**
 * Pupils per location with `<5` as 2.5, each location rounded; only locations of the definition or, for
 * locations it lacks, in one of its places or municipalities (as DUO writes PLAATSNAAM).
 */
function independentTotals(
  rows: string[][],
  codeOf: (c: string[]) => string,
  first: number,
  codes: Set<string>,
) {
  const places = regionPlaces();
  const perLocation = new Map<string, number>();
  for (const c of rows) {
    const code = codeOf(c);
    if (!codes.has(code) && !places.has(c[3])) continue;
    const sum = c.slice(first).reduce((s, x) => s + (x === '<5' ? 2.5 : Number(x)), 0);
    perLocation.set(code, (perLocation.get(code) ?? 0) + sum);
  }
  let total = 0;
  for (const v of perLocation.values()) total += Math.round(v);
  return { locations: perLocation.size, total };
}

let places: Set<string> | undefined;
const regionPlaces = () => (places ??= new Set(region().locations.flatMap((l) => [l.place, l.municipality])));
let codes: Set<string> | undefined;
const definitionCodes = () => (codes ??= new Set(region().locations.map((l) => l.duoLocation)));

describe('importDuo', () => {
  it('importDuo([newer-layout 2019 file], { region }) reads quoted CRLF UTF-8 with <5 cells: pupils equal an independent sum', async () => {
    const bytes = fixture(NEW);
    const rows = cells(bytes, true);
    const expected = independentTotals(rows, (c) => c[1], 9, definitionCodes());
    const suppressedInRegion = rows
      .filter((c) => definitionCodes().has(c[1]) || regionPlaces().has(c[3]))
      .reduce((s, c) => s + c.slice(9).filter((x) => x === '<5').length, 0);
    expect(suppressedInRegion).toBeGreaterThan(0);

    const r = await importDuo([{ name: NEW.split('/')[1], bytes }], { region: region() });
    expect(r.report.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.tables.pupils.reduce((s, p) => s + p.pupils, 0)).toBe(expected.total);
    expect(new Set(r.tables.pupils.map((p) => p.location_id)).size).toBe(expected.locations);
    expect(r.tables.pupils.every((p) => p.year === 2019)).toBe(true);
    const f = r.report.files[0];
    expect(f).toMatchObject({
      kind: 'pupils-per-location',
      year: 2019,
      variant: 'instellingscode',
      ok: true,
    });
    expect(f.locationsInRegion).toBe(expected.locations);
    expect(f.pupilsInRegion).toBe(expected.total);
    expect(f.suppressedCellsInRegion).toBe(suppressedInRegion);
    expect(f.pupilsInRegionHigh - f.pupilsInRegionLow).toBe(3 * suppressedInRegion);
    const outside = rows.filter((c) => !definitionCodes().has(c[1]) && !regionPlaces().has(c[3]));
    expect(r.report.outside).toEqual([
      {
        year: 2019,
        file: NEW.split('/')[1],
        locations: new Set(outside.map((c) => c[1])).size,
        pupils: outside.reduce(
          (s, c) => s + c.slice(9).reduce((a, x) => a + (x === '<5' ? 0 : Number(x)), 0),
          0,
        ),
      },
    ]);
    expect(r.report.fromElsewhere).toContain('workforce');
    expect(r.report.fromElsewhere).not.toContain('pupils');
  });

  it('importDuo([older-layout 2019 file from data/duo]) gives the pupils of an independent sum over the region', async () => {
    const bytes = repoFile(`data/duo/${OLD}`);
    const expected = independentTotals(cells(bytes, false), (c) => c[0] + c[1], 10, definitionCodes());
    const r = await importDuo([{ name: OLD, bytes }], { region: region() });
    expect(r.ok).toBe(true);
    expect(r.report.files[0]).toMatchObject({ variant: 'brin-nummer', year: 2019, suppressedCells: 0 });
    expect(r.tables.pupils.reduce((s, p) => s + p.pupils, 0)).toBe(expected.total);
    expect(r.report.files[0].pupilsInRegionLow).toBe(expected.total);
  });

  it('importDuo([2019, derived 2020]) counts a recoded location as its old one, adds a new one and reports both', async () => {
    const def = region();
    const codes = new Set(def.locations.map((l) => l.duoLocation));
    const old = new TextDecoder('windows-1252').decode(repoFile(`data/duo/${OLD}`)).split('\n');
    // 2020: every region location as in 2019 except 14QT00 (Marnix Gymnasium) under a new BRIN 99QT, plus a
    // new location 99NW00 in Rotterdam; counts +1 in the first year group of every row.
    const lines2020 = [old[0]];
    let moved = 0;
    for (const line of old.slice(1)) {
      if (line === '') continue;
      const c = line.split(';');
      if (!codes.has(c[0] + c[1]) && !regionPlaces().has(c[3])) continue;
      if (c[0] + c[1] === '14QT00') {
        c[0] = '99QT';
        moved += c.slice(10).reduce((s, x) => s + Number(x), 0) + 1;
      }
      c[10] = String(Number(c[10]) + 1);
      lines2020.push(c.join(';'));
    }
    lines2020.push(
      '99NW;00;Nieuwe School Zuid;ROTTERDAM;Zuid-Holland;Brugjaar 1-2;N.v.t.;N.v.t.;0024;Brugjaar;60;40;0;0;0;0;0;0;0;0;0;0',
    );
    const y2019 = independentTotals(cells(repoFile(`data/duo/${OLD}`), false), (c) => c[0] + c[1], 10, codes);
    const rows2020 = lines2020.slice(1).length - 1;
    const r = await importDuo(
      [
        { name: OLD, bytes: repoFile(`data/duo/${OLD}`) },
        { name: 'pupils-next-year.csv', bytes: utf8(lines2020.join('\n') + '\n'), year: 2020 },
      ],
      { region: def },
    );
    expect(r.report.problems).toEqual([]);
    expect(r.report.years).toEqual([2019, 2020]);
    const total = (y: number) =>
      r.tables.pupils.filter((p) => p.year === y).reduce((s, p) => s + p.pupils, 0);
    expect(total(2019)).toBe(y2019.total);
    // every 2019 row gained one pupil, plus the new location's 100
    expect(total(2020)).toBe(y2019.total + rows2020 + 100);
    const marnix = r.tables.pupils.find((p) => p.location_id === '14QT00' && p.year === 2020);
    expect(marnix?.pupils).toBe(moved);
    expect(r.report.changes.filter((c) => c.change === 'recoded')).toEqual([
      expect.objectContaining({ duoLocation: '99QT00', from: '14QT00', locationId: '14QT00', year: 2020 }),
    ]);
    // 15KR13 (Bergschenhoek) and 18CH10 (Rotterdam) are in DUO's 2019 file but not in the definition
    const added = r.report.changes.filter((c) => c.change === 'new' && c.year === 2020);
    expect(added.map((c) => c.duoLocation).sort()).toEqual(['15KR13', '18CH10', '99NW00']);
    expect(added.find((c) => c.duoLocation === '99NW00')).toMatchObject({
      locationId: '99NW00',
      pupils: 100,
    });
    // a new location takes the municipality of its place in the definition
    expect(r.tables.locations.find((l) => l.location_id === '99NW00')).toMatchObject({
      municipality_code: 'GM0599',
      municipality: 'Rotterdam',
      sector: 'vo',
    });
    expect(
      r.report.warnings.some((w) => w.value === '99NW00' && /not in the region definition/.test(w.message)),
    ).toBe(true);
  });

  it('importDuo(pupils of 2019 and 2021) is an error naming the resource and the missing year; no tables', async () => {
    const bytes = repoFile(`data/duo/${OLD}`);
    const r = await importDuo(
      [
        { name: OLD, bytes },
        { name: OLD.replace('2019', '2021'), bytes },
      ],
      { region: region() },
    );
    expect(r.ok).toBe(false);
    expect(r.tables.pupils).toEqual([]);
    expect(r.report.problems).toHaveLength(1);
    expect(r.report.problems[0].message).toMatch(/pupils/);
    expect(r.report.problems[0].value).toBe('2020');
  });

  it('importDuo([file without a year in its name]) asks for the year, and takes it when given', async () => {
    const bytes = repoFile(`data/duo/${OLD}`);
    const without = await importDuo([{ name: 'leerlingen.csv', bytes }], { region: region() });
    expect(without.ok).toBe(false);
    expect(without.report.problems[0]).toMatchObject({
      file: 'leerlingen.csv',
      expected: expect.stringMatching(/year/),
    });
    const given = await importDuo([{ name: 'leerlingen.csv', bytes, year: 2019 }], { region: region() });
    expect(given.ok).toBe(true);
    expect(given.report.files[0].year).toBe(2019);
  });

  it('importDuo([file with a bad count]) names file, row, column, value and what was expected; nothing loaded', async () => {
    const text = new TextDecoder().decode(fixture(NEW)).split('\r\n');
    text[3] = text[3].replace(/"[0-9]+"$/, '"12a"');
    const r = await importDuo([{ name: 'x-2019.csv', bytes: utf8(text.join('\r\n')) }], { region: region() });
    expect(r.ok).toBe(false);
    expect(r.tables.pupils).toEqual([]);
    expect(r.report.problems[0]).toMatchObject({
      file: 'x-2019.csv',
      row: 4,
      column: 'LEER- OF VERBLIJFSJAAR 6 - VROUW',
      value: '12a',
    });
    expect(r.report.problems[0].expected).toMatch(/whole number/);
  });

  it('importDuo([locations file]) finds no board changes against a definition drafted from it, and fills boards', async () => {
    const name = '02.-alle-vestigingen-vo.csv';
    const r = await importDuo([{ name, bytes: repoFile(`data/duo/${name}`) }], { region: region() });
    expect(r.ok).toBe(true);
    expect(r.report.changes).toEqual([]);
    expect(r.report.files[0]).toMatchObject({ kind: 'locations', locations: 1619 });
    const boards = new Set(region().locations.map((l) => l.boardId));
    expect(r.tables.boards.map((b) => b.board_id).sort()).toEqual([...boards].sort());
    expect(r.tables.locations.find((l) => l.location_id === '14QT00')).toMatchObject({
      municipality: 'Rotterdam',
      municipality_code: 'GM0599',
    });
  });

  it('importDuo([hbo enrolment]) lists the teacher-training programmes (CROHO onderdeel onderwijs) per year', async () => {
    const name = '01.ingeschrevenen-hbo-2024.csv';
    const r = await importDuo([{ name, bytes: fixture(`duo/${name}`) }], { region: region() });
    expect(r.ok).toBe(true);
    // 2 teacher-training programmes × 2 years; Wiskunde 2024: 38 + <5 (suppressed, not added)
    expect(r.tables.teacher_training).toHaveLength(4);
    expect(
      r.tables.teacher_training.find((t) => t.programme_code === '99001' && t.year === 2024),
    ).toMatchObject({
      measure: 'enrolment',
      count: 38,
      suppressed_cells: 1,
    });
    expect(r.report.files[0]).toMatchObject({ kind: 'hbo-enrolment', locations: 3, locationsInRegion: 2 });
  });
});

describe('importDuo with per-location totals', () => {
  it('importDuo([03 totals of 2024]) takes the pupils of a year without an 01 file; a <5 total counts as 2.5', async () => {
    const name = '03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2024.csv';
    const def = parseRegionDefinition(fixture('duo/region.csv'), 'region.csv');
    if (!def.ok) throw new Error('region');
    const r = await importDuo([{ name, bytes: fixture(`duo/${name}`) }], { region: def.definition });
    expect(r.report.problems).toEqual([]);
    // 171, 67 and <5 (2.5, rounded half up to 3) in the fixture
    expect(r.tables.pupils).toEqual([
      { location_id: '99XA00', year: 2024, pupils: 171 },
      { location_id: '99XA01', year: 2024, pupils: 67 },
      { location_id: '99XB00', year: 2024, pupils: 3 },
    ]);
    expect(r.report.changes).toEqual([expect.objectContaining({ change: 'missing', duoLocation: '99XC00' })]);
    expect(summariseDuoImport(r.report, 'en')[0]).toBe(
      'DUO pupils per location and board 2024: 3 locations, 241 pupils in the region (1 cell <5, each counted as 2.5; between 239 and 242)',
    );
  });
});

describe('summariseDuoImport', () => {
  it("summariseDuoImport(report, 'nl') says what was read with Dutch thousands separators; 'en' in English", async () => {
    const bytes = repoFile(`data/duo/${OLD}`);
    const expected = independentTotals(cells(bytes, false), (c) => c[0] + c[1], 10, definitionCodes());
    const r = await importDuo([{ name: OLD, bytes }], { region: region() });
    const dots = String(expected.total).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const commas = String(expected.total).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    expect(summariseDuoImport(r.report, 'nl')[0]).toBe(
      `DUO leerlingen per vestiging 2019: ${expected.locations} locaties, ${dots} leerlingen in de regio`,
    );
    expect(summariseDuoImport(r.report, 'en')[0]).toBe(
      `DUO pupils per location 2019: ${expected.locations} locations, ${commas} pupils in the region`,
    );
    expect(summariseDuoImport(r.report, 'nl').at(-1)).toMatch(/^Nog van elders nodig: regions, clusters/);
  });

  it('summariseDuoImport(report of a file with <5 cells) gives the count rule and the bounds', async () => {
    const r = await importDuo([{ name: 'a-2019.csv', bytes: fixture(NEW) }], { region: region() });
    expect(summariseDuoImport(r.report, 'nl')[0]).toMatch(
      /cellen <5, elk geteld als 2,5; tussen [0-9.]+ en [0-9.]+\)$/,
    );
  });
});
