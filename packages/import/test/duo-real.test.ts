import { describe, expect, it } from 'vitest';
import {
  draftRegionDefinition,
  duoPupilsPerLocation,
  duoPupilsToOpgave,
  importDuoFile,
  importDuoLocations,
  importDuoPupils,
  parseRegionDefinition,
} from '../src/index.js';
import { repoFile, utf8 } from './helpers.js';

// The real DUO files in data/duo/, imported unchanged. Expected figures are computed here with a tiny
// independent parse (latin1 + split(';')), and agree with data/duo/README.md.
const PUPILS = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const LOCATIONS = '02.-alle-vestigingen-vo.csv';
const RIJNMOND = [
  'ROTTERDAM',
  'HOOGVLIET ROTTERDAM',
  'ROZENBURG ZH',
  'SCHIEDAM',
  'VLAARDINGEN',
  'CAPELLE AAN DEN IJSSEL',
  'KRIMPEN AAN DEN IJSSEL',
  'NIEUWERKERK AD IJSSEL',
  'BERGSCHENHOEK',
  'BERKEL EN RODENRIJS',
  'BLEISWIJK',
  'MAASSLUIS',
  'SPIJKENISSE',
  'BRIELLE',
  'HELLEVOETSLUIS',
  'RIDDERKERK',
  'BARENDRECHT',
];

function independent(bytes: Uint8Array) {
  const lines = new TextDecoder('latin1')
    .decode(bytes)
    .split('\n')
    .filter((l) => l !== '');
  return lines.slice(1).map((l) => l.split(';'));
}

describe('real DUO files', () => {
  it('importDuoPupils(2019 file) reads 24,243 rows and 1,450 locations with the same totals as an independent parse', async () => {
    const bytes = repoFile(`data/duo/${PUPILS}`);
    const raw = independent(bytes);
    const r = await importDuoPupils(bytes, PUPILS);
    if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    expect(r.rows).toHaveLength(raw.length);
    expect(r.rows).toHaveLength(24243);
    expect(r.report.errors).toEqual([]);
    expect(r.report.suppressedCells).toBe(0);
    expect(r.countColumns).toHaveLength(12);
    const perLocation = duoPupilsPerLocation(r.rows);
    expect(perLocation).toHaveLength(new Set(raw.map((c) => c[0] + c[1])).size);
    expect(perLocation).toHaveLength(1450);
    const expectedTotal = raw.reduce((s, c) => s + c.slice(10, 22).reduce((a, x) => a + Number(x), 0), 0);
    expect(perLocation.reduce((s, l) => s + l.knownPupils, 0)).toBe(expectedTotal);

    const area = perLocation.filter((l) => RIJNMOND.includes(l.place));
    const rawArea = raw.filter((c) => RIJNMOND.includes(c[3]));
    expect(area).toHaveLength(new Set(rawArea.map((c) => c[0] + c[1])).size);
    expect(area).toHaveLength(123);
    expect(area.reduce((s, l) => s + l.knownPupils, 0)).toBe(70677);
  });

  it('importDuoLocations(02 file) reads 1,619 locations with their boards and Windows-1252 names', async () => {
    const bytes = repoFile(`data/duo/${LOCATIONS}`);
    const raw = independent(bytes);
    const r = await importDuoLocations(bytes, LOCATIONS);
    if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    expect(r.rows).toHaveLength(1619);
    expect(r.provenance).toMatchObject({ encoding: 'windows-1252', delimiter: ';', format: 'csv' });
    expect(r.rows[0]).toMatchObject({
      boardNumber: '10053',
      locationCode: '18BR00',
      municipalityCode: 'GM0106',
    });
    expect(r.rows.filter((l) => l.province === 'Fryslân')).toHaveLength(
      raw.filter((c) => c[0] === 'Fryslân').length,
    );
    expect((await importDuoFile(bytes, LOCATIONS)).kind).toBe('locations');
  });

  it('duoPupilsToOpgave(2019 pupils, region drafted from the 02 file) reports locations it cannot match', async () => {
    const locations = await importDuoLocations(repoFile(`data/duo/${LOCATIONS}`), LOCATIONS);
    const pupils = await importDuoPupils(repoFile(`data/duo/${PUPILS}`), PUPILS);
    if (!locations.ok || !pupils.ok) throw new Error('not ok');
    const csv = draftRegionDefinition(locations.rows, {
      municipalities: ['Rotterdam', 'Schiedam', 'Vlaardingen'],
      cluster: (l) => (l.municipality === 'ROTTERDAM' ? 'R01-C1' : 'R01-C3'),
    });
    const def = parseRegionDefinition(utf8(csv), 'region.csv');
    if (!def.ok) throw new Error(def.errors.map((e) => e.message).join('\n'));
    const rawLocations = independent(repoFile(`data/duo/${LOCATIONS}`));
    const inRegion = rawLocations
      .filter((c) => ['ROTTERDAM', 'SCHIEDAM', 'VLAARDINGEN'].includes(c[10]))
      .map((c) => c[3]);
    expect(def.definition.locations).toHaveLength(inRegion.length);
    const raw = independent(repoFile(`data/duo/${PUPILS}`));
    const codes2019 = new Set(raw.map((c) => c[0] + c[1]));
    const out = duoPupilsToOpgave(duoPupilsPerLocation(pupils.rows), def.definition, {
      year: 2019,
      file: PUPILS,
    });
    expect(out.missing.map((l) => l.duoLocation).sort()).toEqual(
      inRegion.filter((c) => !codes2019.has(c)).sort(),
    );
    expect(out.rows).toHaveLength(inRegion.filter((c) => codes2019.has(c)).length);
    const sum = raw
      .filter((c) => inRegion.includes(c[0] + c[1]))
      .reduce((s, c) => s + c.slice(10, 22).reduce((a, x) => a + Number(x), 0), 0);
    expect(out.rows.reduce((s, r) => s + r.pupils, 0)).toBe(sum);
  });
});
