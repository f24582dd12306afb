import { describe, expect, it } from 'vitest';
import {
  datasetFiles,
  realPupilsDataset,
  type DatasetRow,
  type DuoTables,
  type OpgaveResource,
} from '../src/index.js';

// A tiny synthetic set and one real location; every expected value is worked out by hand in the comments.
function synthetic(): Record<OpgaveResource, DatasetRow[]> {
  return {
    regions: [{ region_id: 'R01', name: 'Synthetisch' }],
    clusters: [{ cluster_id: 'R01-C1', region_id: 'R01', name: 'Cluster Noord' }],
    sectors: [
      { sector: 'vo', name: 'Voortgezet onderwijs', lesson_hours_per_fte: 750 },
      { sector: 'mbo', name: 'Mbo', lesson_hours_per_fte: 800 },
    ],
    boards: [{ board_id: 'B0001', name: 'S', sector: 'vo', region_id: 'R01', partnership_member: true }],
    locations: [{ location_id: '90AA00', name: 'A', board_id: 'B0001', cluster_id: 'R01-C1', sector: 'vo' }],
    institutes: [{ institute_id: 'I001', name: 'H', type: 'hbo', region_id: 'R01' }],
    programmes: [{ programme_id: 'p', institute_type: 'hbo', name: 'P', duration_years: 4 }],
    subjects: [
      { subject_id: 'vo-ak', sector: 'vo', name: 'Aardrijkskunde', name_en: 'Geography' },
      { subject_id: 'mbo-eco', sector: 'mbo', name: 'Economie', name_en: 'Business' },
    ],
    pupils: [
      { location_id: '90AA00', year: 2018, pupils: 100 },
      { location_id: '90AA00', year: 2019, pupils: 200 },
    ],
    pupil_forecast: [{ location_id: '90AA00', base_year: 2019, year: 2020, variant: 'mid', pupils: 210 }],
    workforce: [
      { location_id: '90AA00', subject_id: 'vo-ak', age_band: '30-34', year: 2019, headcount: 10, fte: 8 },
    ],
    intake: [
      { institute_id: 'I001', programme_id: 'p', subject_id: 'vo-ak', year: 2019, intake: 20 },
      { institute_id: 'I001', programme_id: 'p', subject_id: 'mbo-eco', year: 2019, intake: 20 },
    ],
    placements: [
      {
        institute_id: 'I001',
        programme_id: 'p',
        location_id: '90AA00',
        subject_id: 'vo-ak',
        year: 2019,
        trainees: 2,
      },
    ],
    graduates: [
      {
        institute_id: 'I001',
        programme_id: 'p',
        subject_id: 'vo-ak',
        year: 2019,
        placement_board_id: 'B0001',
        graduates: 4,
      },
      {
        institute_id: 'I001',
        programme_id: 'p',
        subject_id: 'vo-ak',
        year: 2019,
        placement_board_id: null,
        graduates: 6,
      },
    ],
    hires: [
      { board_id: 'B0001', subject_id: 'vo-ak', year: 2019, source: 'own_placement', headcount: 4, fte: 2 },
    ],
    leavers: [
      {
        board_id: 'B0001',
        subject_id: 'vo-ak',
        age_band: '60-64',
        year: 2019,
        reason: 'other',
        headcount: 2,
        fte: 1.5,
      },
    ],
    vacancies: [
      { location_id: '90AA00', subject_id: 'vo-ak', year: 2019, opened: 2, unfilled: 1, unfilled_fte: 0.5 },
    ],
    lesson_hours: [
      { location_id: '90AA00', subject_id: 'vo-ak', year: 2019, hours: 1000, unqualified_hours: 100 },
    ],
  };
}

const duo: DuoTables = {
  pupils: [{ location_id: '14QT00', year: 2019, pupils: 300 }],
  locations: [
    {
      location_id: '14QT00',
      name: 'Marnix Gymnasium',
      board_id: '41775',
      cluster_id: 'R01-C1',
      sector: 'vo',
      municipality_code: 'GM0599',
      municipality: 'Rotterdam',
      partnership_member: true,
      latitude: 51.922,
      longitude: 4.479,
    },
  ],
  boards: [
    { board_id: '41775', name: 'Bestuur 41775', sector: 'vo', region_id: 'R01', partnership_member: true },
  ],
  teacher_training: [],
};

describe('realPupilsDataset', () => {
  const real = realPupilsDataset({
    duo,
    duoFiles: ['01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv'],
    regionFile: 'region.csv',
    synthetic: synthetic(),
    historyStart: 2018,
    historyEnd: 2019,
  });

  it('realPupilsDataset(…) keeps the real pupils and estimates the other years from the donor trend', () => {
    // 2019 real: 300; 2018: 300 × 100 / 200 = 150
    expect(real.tables.pupils).toEqual([
      { location_id: '14QT00', year: 2018, pupils: 150 },
      { location_id: '14QT00', year: 2019, pupils: 300 },
    ]);
    expect(real.provenance.pupils).toMatchObject({ kind: 'real', years: [2019] });
    expect(real.provenance.pupils.source).toMatch(/; the years 2018 are estimated/);
  });

  it('realPupilsDataset(…) with DUO years 2019 and 2022 fills 2020–2021 linearly between them, so the series has no gap', () => {
    const twoYears = realPupilsDataset({
      duo: { ...duo, pupils: [...duo.pupils, { location_id: '14QT00', year: 2022, pupils: 360 }] },
      duoFiles: ['01-2019.csv', '01-2022.csv'],
      regionFile: 'region.csv',
      synthetic: synthetic(),
      historyStart: 2018,
      historyEnd: 2019,
    });
    // 300 → 360 over three years: 320 in 2020, 340 in 2021; 2018 from the donor trend of the first real year: 150.
    expect(twoYears.tables.pupils.map((r) => [r.year, r.pupils])).toEqual([
      [2018, 150],
      [2019, 300],
      [2020, 320],
      [2021, 340],
      [2022, 360],
    ]);
    expect(twoYears.provenance.pupils).toMatchObject({ kind: 'real', years: [2019, 2022] });
    expect(twoYears.provenance.pupils.source).toMatch(
      /the years 2018, 2020–2021 are estimated \(between two DUO years: linear/,
    );
  });

  it('realPupilsDataset(…) scales location rows by real ÷ donor pupils (300 ÷ 200 = 1.5) and marks them estimated', () => {
    expect(real.tables.workforce).toEqual([
      { location_id: '14QT00', subject_id: 'vo-ak', age_band: '30-34', year: 2019, headcount: 15, fte: 12 },
    ]);
    expect(real.tables.vacancies[0]).toMatchObject({ opened: 3, unfilled: 2, unfilled_fte: 0.75 });
    expect(real.tables.lesson_hours[0]).toMatchObject({ hours: 1500, unqualified_hours: 150 });
    expect(real.tables.placements[0]).toMatchObject({ location_id: '14QT00', trainees: 3 });
    expect(real.tables.pupil_forecast[0]).toMatchObject({ location_id: '14QT00', pupils: 315 });
    expect(real.provenance.workforce.kind).toBe('estimated');
  });

  it('realPupilsDataset(…) gives the real board the donor board’s flows × 1.5 and keeps only vo subjects', () => {
    expect(real.tables.hires).toEqual([
      { board_id: '41775', subject_id: 'vo-ak', year: 2019, source: 'own_placement', headcount: 6, fte: 3 },
    ]);
    expect(real.tables.leavers[0]).toMatchObject({ board_id: '41775', headcount: 3, fte: 2.25 });
    // placed at B0001 → 41775: 4 × 1.5 = 6; placed outside: 6 × region factor 1.5 = 9
    expect(real.tables.graduates.map((g) => [g.placement_board_id, g.graduates])).toEqual([
      ['41775', 6],
      [null, 9],
    ]);
    expect(real.tables.intake).toEqual([
      { institute_id: 'I001', programme_id: 'p', subject_id: 'vo-ak', year: 2019, intake: 30 },
    ]);
    expect(real.tables.subjects.map((s) => s.subject_id)).toEqual(['vo-ak']);
    expect(real.tables.sectors.map((s) => s.sector)).toEqual(['vo']);
    expect(real.tables.boards).toEqual(duo.boards);
    expect(real.meta).toMatchObject({
      synthetic: false,
      real_data: true,
      real_pupil_years: [2019],
      reference_year: 2019,
    });
  });

  it('datasetFiles(real) writes a CSV per resource in schema order and a datapackage.json with the provenance', () => {
    const files = datasetFiles({
      tables: real.tables,
      name: 'x',
      title: 'X',
      description: 'd',
      opgave: real.meta,
      provenance: real.provenance,
    });
    expect(files.map((f) => f.path).at(-1)).toBe('datapackage.json');
    expect(files.find((f) => f.path === 'graduates.csv')?.text).toBe(
      'institute_id,programme_id,subject_id,year,placement_board_id,graduates\nI001,p,vo-ak,2019,41775,6\nI001,p,vo-ak,2019,,9\n',
    );
    const pkg = JSON.parse(files.at(-1)!.text) as {
      opgave: { provenance: Record<string, { kind: string }> };
    };
    expect(pkg.opgave.provenance.hires.kind).toBe('estimated');
  });
});
