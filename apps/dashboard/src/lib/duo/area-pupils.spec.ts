import type { DuoLocationPupils, DuoLocationRow } from '@opgave/import';
import { describe, expect, it } from 'vitest';
import { areaPupils, titleCase } from './area-pupils';

const pupil = (locationCode: string, pupils: number | 'suppressed'): DuoLocationPupils => ({
  locationCode,
  brin: locationCode.slice(0, 4),
  name: `School ${locationCode}`,
  place: 'X',
  knownPupils: typeof pupils === 'number' ? pupils : 7,
  suppressedCells: pupils === 'suppressed' ? 1 : 0,
  pupils,
});
const location = (locationCode: string, municipalityCode: string, municipality: string, board: string) =>
  ({
    locationCode,
    municipalityCode,
    municipality,
    boardNumber: board,
    name: `Loc ${locationCode}`,
  }) as DuoLocationRow;

describe('areaPupils', () => {
  const locations = [
    location('11AA00', 'GM0599', 'ROTTERDAM', '100'),
    location('11AA01', 'GM0599', 'ROTTERDAM', '100'),
    location('22BB00', 'GM0606', 'SCHIEDAM', '200'),
    location('33CC00', 'GM0363', 'AMSTERDAM', '300'),
  ];

  it('areaPupils({ pupils, locations, region }) keeps the region definition’s locations, sums per municipality and board, largest first', () => {
    const area = areaPupils({
      pupils: [pupil('11AA00', 500), pupil('11AA01', 250), pupil('22BB00', 800), pupil('33CC00', 900)],
      locations,
      region: ['11AA00', '11AA01', '22BB00'],
    });
    expect(area.locations.map((l) => l.locationCode)).toEqual(['11AA00', '11AA01', '22BB00']);
    expect(area.pupils).toBe(1550);
    expect(area.byMunicipality.map((t) => [t.label, t.locations, t.pupils])).toEqual([
      ['Schiedam', 1, 800],
      ['Rotterdam', 2, 750],
    ]);
    expect(area.byBoard.map((t) => [t.key, t.pupils])).toEqual([
      ['200', 800],
      ['100', 750],
    ]);
  });

  it('areaPupils(…) keeps a suppressed total unknown (null), never 0, and counts it per municipality', () => {
    const area = areaPupils({
      pupils: [pupil('11AA00', 'suppressed'), pupil('11AA01', 250)],
      locations,
      region: ['11AA00', '11AA01'],
    });
    expect(area.locations[0].pupils).toBeNull();
    expect(area.pupils).toBe(250);
    expect(area.byMunicipality[0]).toMatchObject({ pupils: 250, suppressedLocations: 1, locations: 2 });
  });

  it('areaPupils(…) counts locations of the pupil file missing from the locations file', () => {
    const area = areaPupils({ pupils: [pupil('99ZZ00', 10)], locations, region: ['99ZZ00'] });
    expect(area.unmatched).toBe(1);
    expect(area.locations).toEqual([]);
  });
});

describe('titleCase', () => {
  it("titleCase('CAPELLE AAN DEN IJSSEL') keeps the small words lower case and IJ together", () => {
    expect(titleCase('CAPELLE AAN DEN IJSSEL')).toBe('Capelle aan den IJssel');
    expect(titleCase('ROTTERDAM')).toBe('Rotterdam');
  });
});
