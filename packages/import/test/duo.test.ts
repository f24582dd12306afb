import { describe, expect, it } from 'vitest';
import {
  SUPPRESSED,
  duoPupilsPerLocation,
  duoPupilsToOpgave,
  importDuoFile,
  importDuoHboEnrolment,
  importDuoPupilTotals,
  importDuoPupils,
  importDuoStaff,
  parseRegionDefinition,
  recogniseDuoFile,
} from '../src/index.js';
import { buildXlsx, fixture, utf8 } from './helpers.js';

const NEW = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2023.csv';
const OLD = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2018.csv';

describe('importDuoPupils', () => {
  it('importDuoPupils(newer variant: INSTELLINGSCODE, quoted, comma, UTF-8, CRLF, <5) keeps suppressed cells', async () => {
    const r = await importDuoPupils(fixture(`duo/${NEW}`), NEW);
    if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    expect(r).toMatchObject({ variant: 'instellingscode', year: 2023 });
    expect(r.provenance).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 4 });
    expect(r.rows.map((x) => x.locationCode)).toEqual(['99XA00', '99XA00', '99XA01', '99XB00']);
    expect(r.rows[0].name).toBe('Lyceum Zuidplein, locatie Noord');
    expect(r.rows[2].name).toBe('École "De Brug"');
    expect(r.rows[0].counts.slice(0, 4)).toEqual([30, 31, 28, SUPPRESSED]);
    expect(r.report.suppressedCells).toBe(2);
    expect(r.report.warnings.map((w) => w.message)).toContain(
      `${NEW} row 2, column LEER- OF VERBLIJFSJAAR 2 - VROUW: "<5" is suppressed by DUO (a small number); kept as suppressed, not 0`,
    );
    // by hand: 99XA00 = 30+31+28 + 12+9+10 (two <5 cells); 99XA01 = 15+20+14+18; 99XB00 = 50+49+47+52
    expect(duoPupilsPerLocation(r.rows)).toMatchObject([
      { locationCode: '99XA00', knownPupils: 120, suppressedCells: 2, pupils: SUPPRESSED },
      { locationCode: '99XA01', knownPupils: 67, suppressedCells: 0, pupils: 67 },
      { locationCode: '99XB00', knownPupils: 198, suppressedCells: 0, pupils: 198 },
    ]);
  });

  it('importDuoPupils(older variant: BRIN NUMMER, semicolon, Windows-1252, LF) joins BRIN and VESTIGINGSNUMMER', async () => {
    const r = await importDuoPupils(fixture(`duo/${OLD}`), OLD);
    if (!r.ok) throw new Error('not ok');
    expect(r).toMatchObject({ variant: 'brin-nummer', year: 2018 });
    expect(r.provenance).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(r.rows[1]).toMatchObject({ locationCode: '99XA01', name: 'École De Brug', knownTotal: 63 });
    expect(r.report.suppressedCells).toBe(0);
  });

  it('importDuoPupils(file without count columns) fails and names the missing columns', async () => {
    const r = await importDuoPupils(
      utf8('BRIN NUMMER;VESTIGINGSNUMMER;ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR\n00AH;00;x\n'),
      'p.csv',
    );
    expect(r.ok).toBe(false);
    expect(r.report.errors[0].message).toBe(
      'p.csv row 1, column LEER- OF VERBLIJFSJAAR 1 - MAN: required columns are missing',
    );
  });

  it('importDuoPupils(negative count) fails; nothing is returned', async () => {
    const text = new TextDecoder().decode(fixture(`duo/${NEW}`)).replace('"50"', '"-5"');
    const r = await importDuoPupils(utf8(text), NEW);
    expect(r.ok).toBe(false);
    expect(r.report.errors[0].message).toBe(
      `${NEW} row 5, column LEER- OF VERBLIJFSJAAR 1 - MAN: "-5" is a negative count`,
    );
    expect('rows' in r).toBe(false);
  });
});

describe('other DUO files', () => {
  it('importDuoPupilTotals(03 file) reads one total per location with suppression', async () => {
    const file = '03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2024.csv';
    const r = await importDuoPupilTotals(fixture(`duo/${file}`), file);
    if (!r.ok) throw new Error('not ok');
    expect(r.year).toBe(2024);
    expect(
      r.rows.map((x) => [
        x.boardNumber,
        x.locationCode,
        x.municipalityCode,
        x.pupils,
        x.pupilsOutsourcedToVavo,
      ]),
    ).toEqual([
      ['99001', '99XA00', 'GM0599', 171, SUPPRESSED],
      ['99001', '99XA01', 'GM0606', 67, 0],
      ['99002', '99XB00', 'GM0599', SUPPRESSED, 0],
    ]);
    expect(r.report.suppressedCells).toBe(2);
  });

  it('importDuoHboEnrolment(file, { crohoSector: "onderwijs" }) reads YYYY MAN/VROUW in long form', async () => {
    const file = '01.ingeschrevenen-hbo-2024.csv';
    const r = await importDuoHboEnrolment(fixture(`duo/${file}`), file, { crohoSector: 'onderwijs' });
    if (!r.ok) throw new Error('not ok');
    expect(r.rows.map((x) => [x.programmeName, x.mode, x.year, x.male, x.female])).toEqual([
      ['B Leraar Wiskunde', 'voltijd', 2023, 40, 22],
      ['B Leraar Wiskunde', 'voltijd', 2024, 38, SUPPRESSED],
      ['B Leraar Engels', 'deeltijd', 2023, SUPPRESSED, 15],
      ['B Leraar Engels', 'deeltijd', 2024, 7, 16],
    ]);
  });

  it('importDuoStaff(xlsx) finds the header below a title on each sheet and keeps * and ** suppressed', async () => {
    const header = [
      'ONDERWIJSTYPE',
      'BEVOEGD GEZAG',
      'FUNCTIEGROEP',
      'PERSONEN 2023',
      'GEMIDDELDE LEEFTIJD 2023',
      "GEMIDDELDE FTE'S 2023",
      'PERSONEN 2024',
      'GEMIDDELDE LEEFTIJD 2024',
      "GEMIDDELDE FTE'S 2024",
    ];
    const bytes = buildXlsx([
      { name: 'Toelichting', rows: [['Onderwijspersoneel vo in personen']] },
      {
        name: 'Bestuur',
        startRow: 3,
        rows: [
          ['Onderwijspersoneel per bestuur'],
          header,
          ['VO', '41810', 'Onderwijsgevend personeel', 512, '44,1', '0,81', 520, 43.8, 0.8],
          ['VO', '41811', 'Onderwijsgevend personeel', '*', '**', '**', '<5', '**', '**'],
        ],
      },
    ]);
    const file = '01.-onderwijspersoneel-vo-in-personen-2024.xlsx';
    const r = await importDuoStaff(bytes, file);
    if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
    expect(r.sheets).toEqual(['Bestuur']);
    expect(r.rows.map((x) => [x.boardNumber, x.year, x.persons, x.averageAge, x.averageFte, x.row])).toEqual([
      ['41810', 2023, 512, 44.1, 0.81, 5],
      ['41810', 2024, 520, 43.8, 0.8, 5],
      ['41811', 2023, SUPPRESSED, SUPPRESSED, SUPPRESSED, 6],
      ['41811', 2024, SUPPRESSED, SUPPRESSED, SUPPRESSED, 6],
    ]);
    expect(r.report.suppressedCells).toBe(6);
    expect(recogniseDuoFile(file, header)?.kind).toBe('staff-per-board');
    expect((await importDuoFile(bytes, file)).kind).toBe('staff-per-board');
  });

  it('importDuoFile(bytes, file) recognises every fixture and rejects an unknown header', async () => {
    expect((await importDuoFile(fixture(`duo/${NEW}`), NEW)).kind).toBe('pupils-per-location');
    expect((await importDuoFile(fixture('duo/01.ingeschrevenen-hbo-2024.csv'), 'x.csv')).kind).toBe(
      'hbo-enrolment',
    );
    const unknown = await importDuoFile(utf8('a;b\n1;2\n'), 'x.csv');
    expect(unknown.ok).toBe(false);
    expect(unknown.report.errors[0].message).toMatch(/^x\.csv row 1: the header is not one of the DUO files/);
  });
});

describe('region definition', () => {
  it('duoPupilsToOpgave(figures, definition) writes pupils rows and reports missing and suppressed locations', async () => {
    const def = parseRegionDefinition(fixture('duo/region.csv'), 'region.csv');
    if (!def.ok) throw new Error('not ok');
    const r = await importDuoPupils(fixture(`duo/${NEW}`), NEW);
    if (!r.ok) throw new Error('not ok');
    const out = duoPupilsToOpgave(duoPupilsPerLocation(r.rows), def.definition, { year: 2023, file: NEW });
    expect(out.rows).toEqual([
      { location_id: '99XA01', year: 2023, pupils: 67 },
      { location_id: '99XB00', year: 2023, pupils: 198 },
    ]);
    expect(out.missing.map((l) => l.duoLocation)).toEqual(['99XC00']);
    expect(out.suppressed.map((l) => l.duoLocation)).toEqual(['99XA00']);
    expect(out.warnings).toHaveLength(2);
  });

  it('parseRegionDefinition(bytes) reads JSON and rejects unknown sectors and duplicates', () => {
    const json = parseRegionDefinition(
      utf8(
        JSON.stringify({
          locations: [{ duo_location: '00AH00', board_id: '41810', cluster_id: 'C1', sector: 'vo' }],
        }),
      ),
      'region.json',
    );
    expect(json.ok && json.definition.locations).toEqual([
      {
        duoLocation: '00AH00',
        locationId: '00AH00',
        boardId: '41810',
        clusterId: 'C1',
        sector: 'vo',
        name: '',
        municipalityCode: '',
        municipality: '',
        place: '',
      },
    ]);
    const bad = parseRegionDefinition(
      utf8('duo_location,board_id,cluster_id,sector\n00AH00,1,C1,po\n00AH00,1,C1,vo\n'),
      'region.csv',
    );
    expect(bad.errors.map((e) => e.message)).toEqual([
      'region.csv row 2, column sector: "po" is not an allowed value (one of vo, vso, mbo)',
      'region.csv row 3, column duo_location: "00AH00" repeats the value of row 2 (duplicate key)',
    ]);
  });
});
