/**
 * Region shapes: the Rotterdam-like region (three clusters, 13 partnership boards = 7 vo + 3 vso + 3 mbo,
 * 5 boards outside the partnership, 3 institutes) and the ≈50 regions of the national-scale dataset.
 * All board, school and institute names are invented.
 */
import type { Sector } from './catalogue.ts';
import type { Municipality } from './geo.ts';
import type { BoardSpec, ClusterSpec, InstituteSpec, RegionSpec } from './region.ts';
import type { Random } from './random.ts';

/** Rotterdam's districts split by the Maas: north-east, south, west (lon/lat boxes). */
const ROTTERDAM_NORTH: [number, number, number, number] = [4.445, 51.912, 4.6, 51.99];
const ROTTERDAM_SOUTH: [number, number, number, number] = [4.44, 51.86, 4.6, 51.902];
const ROTTERDAM_WEST: [number, number, number, number] = [4.38, 51.905, 4.445, 51.94];

const board = (
  name: string,
  brand: string,
  sector: Sector,
  locations: number,
  homeCluster: number,
  attractiveness: number,
  extra: Partial<BoardSpec> = {},
): BoardSpec => ({ name, brand, sector, member: true, locations, homeCluster, attractiveness, ...extra });

/**
 * The Rotterdam-like region. Cluster Zuid (south of the Maas) is clearly less attractive to candidates
 * and loses more teachers; cluster West sits in between.
 * @returns the region spec
 */
export function rotterdamSpec(): RegionSpec {
  const clusters: ClusterSpec[] = [
    {
      name: 'Cluster Noord',
      attractiveness: 1.05,
      exitMultiplier: 0.95,
      vmboShare: 0.25,
      municipalities: [
        { code: 'GM0599', weight: 6, box: ROTTERDAM_NORTH },
        { code: 'GM0502', weight: 2 },
        { code: 'GM0542', weight: 1 },
        { code: 'GM1621', weight: 1.5 },
      ],
    },
    {
      name: 'Cluster Zuid',
      attractiveness: 0.72,
      exitMultiplier: 1.2,
      vmboShare: 0.45,
      municipalities: [
        { code: 'GM0599', weight: 6, box: ROTTERDAM_SOUTH },
        { code: 'GM0489', weight: 1 },
        { code: 'GM0597', weight: 1 },
        { code: 'GM1930', weight: 1.5 },
      ],
    },
    {
      name: 'Cluster West',
      attractiveness: 0.92,
      exitMultiplier: 1.05,
      vmboShare: 0.3,
      municipalities: [
        { code: 'GM0599', weight: 3, box: ROTTERDAM_WEST },
        { code: 'GM0606', weight: 2 },
        { code: 'GM0622', weight: 2 },
        { code: 'GM0556', weight: 1 },
      ],
    },
  ];
  const boards: BoardSpec[] = [
    board('Stichting Maasoever Onderwijs', 'Maasoever', 'vo', 22, 0, 1.05),
    board('Scholengroep Nieuwe Haven', 'Nieuwe Haven', 'vo', 18, 1, 0.9),
    board('Vereniging Waterweg Scholen', 'Waterweg', 'vo', 14, 2, 1.0),
    board('Stichting Kadeland', 'Kadeland', 'vo', 11, 0, 1.0, {
      bindingProgramme: true,
      opensLocationIn: 2019,
    }),
    board('Stichting Zuiderpark Colleges', 'Zuiderpark', 'vo', 9, 1, 0.85),
    board('Stichting Lichtbaken Onderwijs', 'Lichtbaken', 'vo', 6, 2, 1.1),
    board('Stichting De Schiekade', 'Schiekade', 'vo', 4, 0, 1.15),
    board('Stichting Passend Kompas', 'Kompas', 'vso', 6, 1, 0.9),
    board('Stichting De Vaargeul', 'Vaargeul', 'vso', 5, 0, 1.0),
    board('Stichting Ankerpunt Speciaal Onderwijs', 'Ankerpunt', 'vso', 4, 2, 1.0),
    board('Deltaport mbo College', 'Deltaport', 'mbo', 12, 1, 0.95),
    board('Vakschool Stroomlijn', 'Stroomlijn', 'mbo', 6, 0, 1.05),
    board('Havenvak Opleidingen', 'Havenvak', 'mbo', 3, 1, 0.9),
    board('Stichting Polderlyceum', 'Polderlyceum', 'vo', 5, 0, 1.0, { member: false }),
    board('Stichting Het Getij', 'Getij', 'vo', 2, 1, 0.85, { member: false }),
    board('Vereniging Vrije School Schieland', 'Schieland', 'vo', 1, 2, 1.05, { member: false }),
    board('Stichting Zeilmaker', 'Zeilmaker', 'vso', 2, 1, 0.9, { member: false }),
    board('Botlek Vakinstituut', 'Botlek', 'mbo', 2, 2, 0.95, { member: false }),
  ];
  const institutes: InstituteSpec[] = [
    { name: 'Hogeschool Nieuwe Maas', type: 'hbo', role: 'hbo', clusterAffinity: [1, 1, 1] },
    { name: 'Universiteit Maasland', type: 'wo', role: 'wo-general', clusterAffinity: [1.3, 0.6, 1.1] },
    {
      name: 'Technische Universiteit Rijnmond',
      type: 'wo',
      role: 'wo-technical',
      clusterAffinity: [1, 0.7, 1.3],
    },
  ];
  return {
    regionId: 'R01',
    name: 'Synthetische onderwijsregio Rotterdam vo-mbo',
    intakeScale: 1,
    sizeScale: 1,
    clusters,
    boards,
    institutes,
  };
}

const BRANDS = [
  'Eikenhorst',
  'Wadkust',
  'Heuvelrand',
  'Beekdal',
  'Veenkolonie',
  'Zandpoort',
  'Kanaalzone',
  'Dijkland',
  'Bosrand',
  'Heidezoom',
  'Rivierland',
  'Kustlicht',
  'Terpenland',
  'Lindeboom',
  'Vlasakker',
  'Grensland',
  'Esdoorn',
  'Weidezicht',
  'Vestingstad',
  'Meerstad',
];

/**
 * Spec of one generic region for the national dataset, around a group of municipalities.
 * @param index 1-based region number
 * @param municipalities the region's municipalities, ordered west → east
 * @param rng random stream
 * @returns the region spec
 */
export function genericRegionSpec(index: number, municipalities: Municipality[], rng: Random): RegionSpec {
  const regionId = `R${String(index).padStart(2, '0')}`;
  const thirds = [0, 1, 2].map((k) =>
    municipalities.filter((_, i) => Math.floor((i * 3) / municipalities.length) === k),
  );
  const clusters: ClusterSpec[] = thirds.map((ms, k) => ({
    name: `Cluster ${['West', 'Midden', 'Oost'][k]}`,
    attractiveness: Math.round(rng.uniform(0.75, 1.1) * 100) / 100,
    exitMultiplier: Math.round(rng.uniform(0.9, 1.15) * 100) / 100,
    vmboShare: Math.round(rng.uniform(0.25, 0.45) * 100) / 100,
    municipalities: (ms.length ? ms : municipalities).map((m) => ({ code: m.code, weight: 1 })),
  }));
  const brand = () => BRANDS[rng.int(BRANDS.length)];
  const boards: BoardSpec[] = [];
  const add = (sector: Sector, member: boolean, counts: number[]) => {
    for (const n of counts) {
      const b = brand();
      const kind = sector === 'mbo' ? 'Vakcollege' : sector === 'vso' ? 'Speciaal Onderwijs' : 'Scholen';
      boards.push({
        name: `Stichting ${b} ${kind} ${regionId}-${boards.length + 1}`,
        brand: b,
        sector,
        member,
        locations: n,
        homeCluster: rng.int(3),
        attractiveness: Math.round(rng.uniform(0.85, 1.15) * 100) / 100,
      });
    }
  };
  add('vo', true, [22, 18, 14, 11, 9, 6, 4]);
  add('vso', true, [6, 5, 4]);
  add('mbo', true, [12, 6, 3]);
  add('vo', false, [5, 2, 1]);
  add('vso', false, [2]);
  add('mbo', false, [2]);
  const institutes: InstituteSpec[] = [
    { name: `Hogeschool ${brand()} ${regionId}`, type: 'hbo', role: 'hbo', clusterAffinity: [1, 1, 1] },
    {
      name: `Universiteit ${brand()} ${regionId}`,
      type: 'wo',
      role: 'wo-general',
      clusterAffinity: [1, 1, 1],
    },
    {
      name: `Technische Universiteit ${brand()} ${regionId}`,
      type: 'wo',
      role: 'wo-technical',
      clusterAffinity: [1, 1, 1],
    },
  ];
  return {
    regionId,
    name: `Synthetische onderwijsregio ${regionId} (${municipalities[0]?.name ?? ''} e.o.)`,
    intakeScale: 1,
    sizeScale: Math.round(rng.uniform(0.7, 1.2) * 100) / 100,
    clusters,
    boards,
    institutes,
  };
}
