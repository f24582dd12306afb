import { describe, expect, it } from 'vitest';
import { readTable } from './helpers/validate.ts';

const locations = new Map(readTable('locations').map((l) => [l.location_id, l]));
const lessonHoursPerFte = new Map(
  readTable('sectors').map((s) => [s.sector, Number(s.lesson_hours_per_fte)]),
);
const pupils = readTable('pupils');
const workforce = readTable('workforce');
const lessonHours = readTable('lesson_hours');
const hires = readTable('hires');
const leavers = readTable('leavers');
const YEARS = Array.from({ length: 12 }, (_, i) => String(2014 + i));
const SCARCE = ['vo-wi', 'vo-na', 'vo-sk', 'vo-du', 'vo-fa', 'vo-in'];

function sumBy<T>(rows: T[], key: (r: T) => string, value: (r: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + value(r));
  return out;
}
const sector = (locationId: string) => locations.get(locationId)?.sector ?? '';
const unqualifiedFte = (r: Record<string, string>) =>
  Number(r.unqualified_hours) / (lessonHoursPerFte.get(sector(r.location_id)) ?? NaN);

describe('generate() aggregates are plausible', () => {
  const pupilsByYear = sumBy(
    pupils,
    (r) => r.year,
    (r) => Number(r.pupils),
  );
  const fteByYear = sumBy(
    workforce,
    (r) => r.year,
    (r) => Number(r.fte),
  );
  const headByYear = sumBy(
    workforce,
    (r) => r.year,
    (r) => Number(r.headcount),
  );
  const unqFteByYear = sumBy(lessonHours, (r) => r.year, unqualifiedFte);

  it('generate() keeps the region’s pupils ÷ teacher FTE (qualified + unqualified) within 14–17 every year', () => {
    for (const y of YEARS) {
      const ratio = (pupilsByYear.get(y) ?? 0) / ((fteByYear.get(y) ?? 0) + (unqFteByYear.get(y) ?? 0));
      expect(ratio, y).toBeGreaterThan(14);
      expect(ratio, y).toBeLessThan(17);
    }
  });

  it('generate() keeps sector ratios realistic: vo ≈ 15.6, mbo ≈ 18, vso 6–10', () => {
    const p = sumBy(
      pupils.filter((r) => r.year === '2019'),
      (r) => sector(r.location_id),
      (r) => Number(r.pupils),
    );
    const f = sumBy(
      workforce.filter((r) => r.year === '2019'),
      (r) => sector(r.location_id),
      (r) => Number(r.fte),
    );
    const u = sumBy(
      lessonHours.filter((r) => r.year === '2019'),
      (r) => sector(r.location_id),
      unqualifiedFte,
    );
    const ratio = (s: string) => (p.get(s) ?? 0) / ((f.get(s) ?? 0) + (u.get(s) ?? 0));
    expect(ratio('vo')).toBeGreaterThan(14.5);
    expect(ratio('vo')).toBeLessThan(16.5);
    expect(ratio('mbo')).toBeGreaterThan(16.5);
    expect(ratio('mbo')).toBeLessThan(19.5);
    expect(ratio('vso')).toBeGreaterThan(6);
    expect(ratio('vso')).toBeLessThan(10);
  });

  it('generate() keeps FTE per qualified teacher within 0.70–0.85 every year', () => {
    for (const y of YEARS) {
      const perPerson = (fteByYear.get(y) ?? 0) / (headByYear.get(y) ?? 1);
      expect(perPerson, y).toBeGreaterThan(0.7);
      expect(perPerson, y).toBeLessThan(0.85);
    }
  });

  it('generate() keeps the unqualified share of lesson hours within 1–10 % every year', () => {
    const hours = sumBy(
      lessonHours,
      (r) => r.year,
      (r) => Number(r.hours),
    );
    const unq = sumBy(
      lessonHours,
      (r) => r.year,
      (r) => Number(r.unqualified_hours),
    );
    for (const y of YEARS) {
      const share = (unq.get(y) ?? 0) / (hours.get(y) ?? 1);
      expect(share, y).toBeGreaterThan(0.01);
      expect(share, y).toBeLessThan(0.1);
    }
  });

  const shareBy = (key: (r: Record<string, string>) => string) => {
    const recent = lessonHours.filter((r) => r.year >= '2020');
    const h = sumBy(recent, key, (r) => Number(r.hours));
    const u = sumBy(recent, key, (r) => Number(r.unqualified_hours));
    return new Map([...h].map(([k, v]) => [k, (u.get(k) ?? 0) / v]));
  };

  it('generate() makes the shortage differ between clusters by at least 2 percentage points', () => {
    const byCluster = [...shareBy((r) => locations.get(r.location_id)?.cluster_id ?? '').values()];
    expect(byCluster).toHaveLength(3);
    expect(Math.max(...byCluster) - Math.min(...byCluster)).toBeGreaterThan(0.02);
  });

  it('generate() makes the shortage differ between boards', () => {
    const byBoard = [...shareBy((r) => locations.get(r.location_id)?.board_id ?? '').values()];
    expect(Math.max(...byBoard)).toBeGreaterThan(2 * Math.min(...byBoard));
  });

  it('generate() makes maths, physics, chemistry, German, French and informatics scarcer than other vo subjects', () => {
    const vo = lessonHours.filter((r) => r.subject_id.startsWith('vo-'));
    const scarce = vo.filter((r) => SCARCE.includes(r.subject_id));
    const rest = vo.filter((r) => !SCARCE.includes(r.subject_id));
    const share = (rows: typeof vo) =>
      rows.reduce((a, r) => a + Number(r.unqualified_hours), 0) /
      rows.reduce((a, r) => a + Number(r.hours), 0);
    expect(share(scarce)).toBeGreaterThan(1.4 * share(rest));
  });

  it('generate() gives an age structure near 15.8 % of FTE at 55–59 and 13 % at 60+ (2015)', () => {
    const rows = workforce.filter((r) => r.year === '2015');
    const total = rows.reduce((a, r) => a + Number(r.fte), 0);
    const band = (bands: string[]) =>
      rows.filter((r) => bands.includes(r.age_band)).reduce((a, r) => a + Number(r.fte), 0) / total;
    expect(band(['55-59'])).toBeGreaterThan(0.12);
    expect(band(['55-59'])).toBeLessThan(0.2);
    expect(band(['60-64', '65+'])).toBeGreaterThan(0.1);
    expect(band(['60-64', '65+'])).toBeLessThan(0.17);
  });

  it('generate() has over a quarter of leavers aged 55+ and about a third under 35', () => {
    const total = leavers.reduce((a, r) => a + Number(r.headcount), 0);
    const share = (bands: string[]) =>
      leavers.filter((r) => bands.includes(r.age_band)).reduce((a, r) => a + Number(r.headcount), 0) / total;
    expect(share(['55-59', '60-64', '65+'])).toBeGreaterThan(0.3);
    expect(share(['<25', '25-29', '30-34'])).toBeGreaterThan(0.22);
    expect(share(['<25', '25-29', '30-34'])).toBeLessThan(0.4);
    const pension = leavers.filter((r) => r.reason === 'pension');
    for (const r of pension) expect(r.age_band).toBe('65+');
  });

  it('generate() hires from every source, with graduates a sizeable minority', () => {
    const bySource = sumBy(
      hires,
      (r) => r.source,
      (r) => Number(r.headcount),
    );
    for (const s of ['own_placement', 'other_graduate', 'lateral_entrant', 'returner', 'other'])
      expect(bySource.get(s) ?? 0, s).toBeGreaterThan(0);
    const total = [...bySource.values()].reduce((a, b) => a + b, 0);
    const graduates = (bySource.get('own_placement') ?? 0) + (bySource.get('other_graduate') ?? 0);
    expect(graduates / total).toBeGreaterThan(0.15);
    expect(graduates / total).toBeLessThan(0.5);
  });

  it('generate() lowers the pupil-teacher ratio with the catch-up funds in 2021–2022', () => {
    const ratio = (y: string) => (pupilsByYear.get(y) ?? 0) / (fteByYear.get(y) ?? 1);
    expect(ratio('2022')).toBeLessThan(ratio('2019'));
    expect(ratio('2025')).toBeGreaterThan(ratio('2022'));
  });
});
