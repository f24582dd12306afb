import { describe, expect, it } from 'vitest';
import { readTable } from './helpers/validate.ts';

const boards = readTable('boards');
const locations = readTable('locations');
const institutes = readTable('institutes');
const subjects = readTable('subjects');
const placements = readTable('placements');
const pupils = readTable('pupils');

const count = <T>(items: T[], pred: (x: T) => boolean) => items.filter(pred).length;

describe('generate() region structure', () => {
  it('generate() writes one region with 3 clusters', () => {
    expect(readTable('regions')).toHaveLength(1);
    expect(readTable('clusters')).toHaveLength(3);
  });

  it('generate() writes 13 partnership boards: 7 vo, 3 vso, 3 mbo', () => {
    const members = boards.filter((b) => b.partnership_member === 'true');
    expect(members).toHaveLength(13);
    expect(count(members, (b) => b.sector === 'vo')).toBe(7);
    expect(count(members, (b) => b.sector === 'vso')).toBe(3);
    expect(count(members, (b) => b.sector === 'mbo')).toBe(3);
  });

  it('generate() writes at least 4 boards outside the partnership, each with locations', () => {
    const others = boards.filter((b) => b.partnership_member === 'false');
    expect(others.length).toBeGreaterThanOrEqual(4);
    for (const b of others)
      expect(
        count(locations, (l) => l.board_id === b.board_id),
        b.board_id,
      ).toBeGreaterThan(0);
  });

  it('generate() writes 100–140 partnership locations, vo the most, mbo larger than vo', () => {
    const members = locations.filter((l) => l.partnership_member === 'true');
    expect(members.length).toBeGreaterThanOrEqual(100);
    expect(members.length).toBeLessThanOrEqual(140);
    const bySector = (s: string) => count(members, (l) => l.sector === s);
    expect(bySector('vo')).toBeGreaterThan(bySector('mbo'));
    expect(bySector('vo')).toBeGreaterThan(bySector('vso'));
    const mean = (s: string) => {
      const ids = new Set(locations.filter((l) => l.sector === s).map((l) => l.location_id));
      const rows = pupils.filter((p) => p.year === '2025' && ids.has(p.location_id));
      return rows.reduce((a, p) => a + Number(p.pupils), 0) / rows.length;
    };
    expect(mean('mbo')).toBeGreaterThan(mean('vo'));
    expect(mean('vso')).toBeLessThan(mean('vo'));
  });

  it('generate() gives locations the partnership membership of their board', () => {
    const member = new Map(boards.map((b) => [b.board_id, b.partnership_member]));
    for (const l of locations) expect(l.partnership_member, l.location_id).toBe(member.get(l.board_id));
  });

  it('generate() places locations in the Rotterdam area municipalities', () => {
    const codes = [
      'GM0599',
      'GM0606',
      'GM0622',
      'GM0502',
      'GM0489',
      'GM0597',
      'GM0556',
      'GM0542',
      'GM1621',
      'GM1930',
    ];
    for (const l of locations) {
      expect(codes, l.location_id).toContain(l.municipality_code);
      expect(Number(l.latitude)).toBeGreaterThan(51.75);
      expect(Number(l.latitude)).toBeLessThan(52.1);
      expect(Number(l.longitude)).toBeGreaterThan(4.0);
      expect(Number(l.longitude)).toBeLessThan(4.8);
    }
  });

  it('generate() writes 3 institutes: 1 hbo and 2 wo', () => {
    expect(institutes).toHaveLength(3);
    expect(count(institutes, (i) => i.type === 'hbo')).toBe(1);
    expect(count(institutes, (i) => i.type === 'wo')).toBe(2);
  });

  it('generate() writes 18–22 vo subjects and groupings for vso and mbo', () => {
    const vo = count(subjects, (s) => s.sector === 'vo');
    expect(vo).toBeGreaterThanOrEqual(18);
    expect(vo).toBeLessThanOrEqual(22);
    expect(count(subjects, (s) => s.sector === 'vso')).toBeGreaterThanOrEqual(2);
    expect(count(subjects, (s) => s.sector === 'mbo')).toBeGreaterThanOrEqual(3);
  });

  it('generate() places 650–950 trainees in every history year', () => {
    for (let year = 2014; year <= 2025; year++) {
      const n = placements.filter((p) => p.year === String(year)).reduce((a, p) => a + Number(p.trainees), 0);
      expect(n, String(year)).toBeGreaterThanOrEqual(650);
      expect(n, String(year)).toBeLessThanOrEqual(950);
    }
  });

  it('generate() writes pupils for every history year 2014–2025 and opens one new location later', () => {
    const years = new Set(pupils.map((p) => p.year));
    expect([...years].sort()).toEqual(Array.from({ length: 12 }, (_, i) => String(2014 + i)));
    const perLocation = new Map<string, number>();
    for (const p of pupils) perLocation.set(p.location_id, (perLocation.get(p.location_id) ?? 0) + 1);
    expect([...perLocation.values()].filter((n) => n < 12).length).toBeGreaterThanOrEqual(1);
  });
});
