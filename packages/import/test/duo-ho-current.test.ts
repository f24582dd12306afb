import { describe, expect, it } from 'vitest';
import {
  SUPPRESSED,
  importDuo,
  importDuoFile,
  importDuoHboEnrolment,
  parseRegionDefinition,
  recogniseDuoFile,
} from '../src/index.js';
import { fixture, utf8 } from './helpers.js';

// Issue 13, defect 6: hbo/wo files in DUO's current layouts (ONDERDEEL, GESLACHT, bare year columns; CSV
// and the JSON of DUO's API). The fixtures are hand-made; expected values are read off them by hand.
const HBO = '01.-ingeschrevenen-hbo-2025.csv';
const WO = 'ingeschrevenen-wo-2025.json';
const GRAD = '05.-gediplomeerden-hbo-2024.csv';

describe('hbo/wo in the current layouts', () => {
  it('recogniseDuoFile(name, header) knows ONDERDEEL + GESLACHT + bare years, and graduates by the file name', () => {
    const header = ['ONDERDEEL', 'OPLEIDINGSNAAM ACTUEEL', 'OPLEIDINGSVORM', 'GESLACHT', '2024', '2025'];
    expect(recogniseDuoFile(HBO, header)?.kind).toBe('hbo-enrolment');
    expect(recogniseDuoFile(GRAD, header)?.kind).toBe('ho-graduates');
  });

  it('importDuoHboEnrolment(current CSV, { crohoSector: "onderwijs" }) gives one row per programme × sex × year', async () => {
    const r = await importDuoHboEnrolment(fixture(`duo/${HBO}`), HBO, { crohoSector: 'onderwijs' });
    if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    // 3 onderwijs rows × 3 years
    expect(r.rows).toHaveLength(9);
    const wiskunde2024 = r.rows.filter((x) => x.programmeCode === '99001' && x.year === 2024);
    expect(wiskunde2024.map((x) => [x.sex, x.count])).toEqual([
      ['man', 38],
      ['vrouw', SUPPRESSED],
    ]);
    expect(r.rows[0]).toMatchObject({
      institutionCode: '25BE',
      crohoSector: 'onderwijs',
      level: 'bachelor',
      male: null,
    });
    expect(r.report.suppressedCells).toBe(1);
  });

  it("importDuoFile(DUO API JSON { result: { records } }) reads underscored keys as DUO's headers", async () => {
    const r = await importDuoFile(fixture(`duo/${WO}`), WO);
    expect(r.kind).toBe('hbo-enrolment');
    if (!r.ok || r.kind !== 'hbo-enrolment')
      throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    expect(r.provenance.format).toBe('json');
    // 3 records × 2 years
    expect(r.rows).toHaveLength(6);
    expect(
      r.rows.filter((x) => x.crohoSector === 'onderwijs' && x.year === 2025).map((x) => x.count),
    ).toEqual([15, 8]);
    expect(r.rows[0]).toMatchObject({
      institutionCode: '21PC',
      programmeName: 'M Leraar VHO Wiskunde',
      row: 2,
    });
  });

  it('importDuoFile(JSON without records) fails naming the file and what was expected', async () => {
    const r = await importDuoFile(utf8('{"result": {"count": 0}}'), 'x.json');
    expect(r.ok).toBe(false);
    expect(r.report.errors[0]).toMatchObject({
      file: 'x.json',
      expected: 'an array of records (or "records": [...])',
    });
  });

  it('importDuo([current hbo CSV, wo JSON, graduates CSV]) fills teacher_training per programme, year and measure', async () => {
    const region = parseRegionDefinition(fixture('duo/region.csv'), 'region.csv');
    if (!region.ok) throw new Error('region');
    const r = await importDuo(
      [HBO, WO, GRAD].map((name) => ({ name, bytes: fixture(`duo/${name}`) })),
      { region: region.definition },
    );
    expect(r.report.problems).toEqual([]);
    const t = (code: string, year: number, measure: string) =>
      r.tables.teacher_training.find(
        (x) => x.programme_code === code && x.year === year && x.measure === measure,
      );
    // Wiskunde 2025: 41 men + 19 women; 2024: 38 + <5 (suppressed, not added)
    expect(t('99001', 2025, 'enrolment')).toMatchObject({ count: 60, suppressed_cells: 0 });
    expect(t('99001', 2024, 'enrolment')).toMatchObject({ count: 38, suppressed_cells: 1 });
    expect(t('68001', 2025, 'enrolment')).toMatchObject({ count: 23, level: 'master' });
    // graduates 2023: 9 + 6; 2024: 11 + x
    expect(t('99001', 2023, 'graduates')).toMatchObject({ count: 15, suppressed_cells: 0 });
    expect(t('99001', 2024, 'graduates')).toMatchObject({ count: 11, suppressed_cells: 1 });
    // only onderwijs: Bedrijfskunde and Rechtsgeleerdheid are not teacher training
    expect(
      r.tables.teacher_training.some((x) => x.programme_code === '99003' || x.programme_code === '60000'),
    ).toBe(false);
    expect(r.report.files.map((f) => f.kind)).toEqual(['hbo-enrolment', 'hbo-enrolment', 'ho-graduates']);
  });
});
