/**
 * The fictitious structure of a region: clusters, boards, locations and institutes, drawn from a
 * RegionSpec with a seeded stream. Names are invented; municipalities and their polygons are real.
 */
import {
  SUBJECTS,
  VO_PROFILES,
  VO_PROFILE_MULTIPLIERS,
  type InstituteType,
  type Sector,
  type VoProfile,
} from './catalogue.ts';
import { randomPointIn, type Municipality } from './geo.ts';
import {
  BINDING_PROGRAMME_LEVEL,
  BINDING_PROGRAMME_YEAR,
  BINDING_RANGE_MEMBER,
  BINDING_RANGE_NON_MEMBER,
  LOCATION_RATIO_SD_LOG,
  LOCATION_TREND_SD,
} from './parameters.ts';
import type { Random } from './random.ts';

export interface ClusterSpec {
  name: string;
  /** Attractiveness to candidates (1 = average); < 1 means vacancies are harder to fill. */
  attractiveness: number;
  /** Multiplier on teachers' exit probability. */
  exitMultiplier: number;
  /** Share of vo locations with a vmbo profile. */
  vmboShare: number;
  municipalities: { code: string; weight: number; box?: [number, number, number, number] }[];
}

export interface BoardSpec {
  name: string;
  brand: string;
  sector: Sector;
  member: boolean;
  locations: number;
  /** Index of the cluster most of its locations are in. */
  homeCluster: number;
  /** Attractiveness as an employer (1 = average). */
  attractiveness: number;
  /** The board that strengthens its binding programme from 2020. */
  bindingProgramme?: boolean;
  /** Opens one new location in this year (structural change). */
  opensLocationIn?: number;
}

export interface InstituteSpec {
  name: string;
  type: InstituteType;
  role: 'hbo' | 'wo-general' | 'wo-technical';
  /** Relative preference for placing trainees in each cluster. */
  clusterAffinity: number[];
}

export interface RegionSpec {
  regionId: string;
  name: string;
  /** Multiplier on intake levels (1 = Rotterdam-sized). */
  intakeScale: number;
  /** Multiplier on location sizes. */
  sizeScale: number;
  clusters: ClusterSpec[];
  boards: BoardSpec[];
  institutes: InstituteSpec[];
}

export interface Cluster {
  clusterId: string;
  regionId: string;
  name: string;
  attractiveness: number;
  exitMultiplier: number;
}

export interface Board {
  index: number;
  boardId: string;
  name: string;
  sector: Sector;
  regionId: string;
  member: boolean;
  attractiveness: number;
  /** Binding probability before BINDING_PROGRAMME_YEAR. */
  binding: number;
  /** Binding probability from BINDING_PROGRAMME_YEAR (equal to binding unless the board has a programme). */
  bindingLater: number;
}

export interface Location {
  index: number;
  locationId: string;
  name: string;
  boardIndex: number;
  clusterIndex: number;
  sector: Sector;
  municipalityCode: string;
  municipality: string;
  member: boolean;
  latitude: number;
  longitude: number;
  profile: VoProfile | '';
  /** Pupils on 1 October 2014 (or at opening, for a new location). */
  baseSize: number;
  /** Own yearly growth rate on top of the sector index. */
  trend: number;
  /** The location's marginal pupil-teacher ratio relative to its sector's (multiplier). */
  ratioFactor: number;
  /** First year with pupils. */
  openFrom: number;
  /** Lesson share per global subject index (0 where the subject is not taught). */
  lessonShares: number[];
}

export interface Institute {
  index: number;
  instituteId: string;
  name: string;
  type: InstituteType;
  regionId: string;
  role: InstituteSpec['role'];
  clusterAffinity: number[];
}

export interface Region {
  regionId: string;
  name: string;
  intakeScale: number;
  clusters: Cluster[];
  boards: Board[];
  locations: Location[];
  institutes: Institute[];
}

/** Allocates identifiers that sort in allocation order across regions. */
export interface IdAllocator {
  board(): string;
  brin(): string;
  institute(): string;
}

/**
 * Creates an allocator of board ids (`B0001`), fictitious BRIN codes (`90AA` …, a range real schools do not
 * use) and institute ids (`I001`).
 * @returns an IdAllocator
 */
export function createIdAllocator(): IdAllocator {
  let boards = 0;
  let brins = 0;
  let institutes = 0;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return {
    board: () => `B${String(++boards).padStart(4, '0')}`,
    brin: () => {
      const i = brins++;
      return `9${Math.floor(i / 676)}${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`;
    },
    institute: () => `I${String(++institutes).padStart(3, '0')}`,
  };
}

const PLACE_WORDS = [
  'Kadehof',
  'Dijkzicht',
  'Havenpark',
  'Lindenlaan',
  'Singelhof',
  'Molenwerf',
  'Waterkant',
  'Polderweg',
  'Vlietzoom',
  'Boezemlaan',
  'Zuidplein-Oost',
  'Parkkade',
  'Rivierzijde',
  'Sluishof',
  'Wilgenrode',
  'Beukenhorst',
  'Kreekrug',
  'Dokweg',
  'Zeilmakerij',
  'Touwbaan',
  'Veerhaven-Noord',
  'Lichtwachter',
  'Ankerplaats',
  'Schiehaven-West',
  'Grienden',
  'Kastanjehof',
  'Meeuwenpad',
  'Ringvaart',
  'Hoogwerf',
  'Brugwachter',
  'Reigersbos-Zuid',
  'Esdoornplein',
  'Oeverloop',
  'Scheepsbouw',
  'Kraanbaan',
  'Duinkade',
  'Bolwerk-Oost',
  'Ketelhuis',
  'Platanenlaan',
  'Zwanenwater',
];

const LOCATION_KIND: Record<string, string[]> = {
  'havo-vwo': ['Lyceum', 'Gymnasium', 'College'],
  broad: ['College', 'Scholengemeenschap', 'Campus'],
  vmbo: ['Vakcollege', 'Mavo', 'Techniekcollege'],
  vso: ['vso', 'Speciaal College'],
  mbo: ['Campus', 'Vakschool', 'Opleidingscentrum'],
};

const SIZE_MEDIAN: Record<Sector, number> = { vo: 800, vso: 150, mbo: 1800 };
const SIZE_SD_LOG: Record<Sector, number> = { vo: 0.4, vso: 0.3, mbo: 0.5 };
const SIZE_RANGE: Record<Sector, [number, number]> = { vo: [250, 2200], vso: [60, 320], mbo: [400, 6000] };

/**
 * Lesson shares of one location: sector shares × profile multipliers × noise, normalised.
 * @param sector the location's sector
 * @param profile vo profile or ''
 * @param rng random stream
 * @returns share per global subject index
 */
function drawLessonShares(sector: Sector, profile: VoProfile | '', rng: Random): number[] {
  const shares = SUBJECTS.map((s) => {
    if (s.sector !== sector) return 0;
    const m = profile ? (VO_PROFILE_MULTIPLIERS[profile][s.subjectId] ?? 1) : 1;
    return m === 0 ? 0 : s.lessonShare * m * rng.lognormal(1, 0.1);
  });
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.map((x) => x / total);
}

/**
 * Builds a region from its spec.
 * @param spec the region's shape
 * @param municipalities all municipalities (for coordinates)
 * @param ids identifier allocator shared across regions
 * @param rng random stream for this region
 * @returns the region
 */
export function buildRegion(
  spec: RegionSpec,
  municipalities: Municipality[],
  ids: IdAllocator,
  rng: Random,
): Region {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const clusters: Cluster[] = spec.clusters.map((c, i) => ({
    clusterId: `${spec.regionId}-C${i + 1}`,
    regionId: spec.regionId,
    name: c.name,
    attractiveness: c.attractiveness,
    exitMultiplier: c.exitMultiplier,
  }));
  const boards: Board[] = [];
  const locations: Location[] = [];
  const names = new Set<string>();
  const brng = rng.fork('boards');
  const lrng = rng.fork('locations');
  for (const b of spec.boards) {
    const range = b.member ? BINDING_RANGE_MEMBER : BINDING_RANGE_NON_MEMBER;
    const binding = Math.round(brng.uniform(range[0], range[1]) * 1000) / 1000;
    const board: Board = {
      index: boards.length,
      boardId: ids.board(),
      name: b.name,
      sector: b.sector,
      regionId: spec.regionId,
      member: b.member,
      attractiveness: b.attractiveness,
      binding,
      bindingLater: b.bindingProgramme ? BINDING_PROGRAMME_LEVEL : binding,
    };
    boards.push(board);
    let brin = ids.brin();
    let vestiging = 0;
    for (let k = 0; k < b.locations; k++) {
      if (vestiging >= 4 || (vestiging > 0 && lrng.bernoulli(0.35))) {
        brin = ids.brin();
        vestiging = 0;
      }
      const locationId = `${brin}${String(vestiging++).padStart(2, '0')}`;
      const clusterIndex =
        k === 0 || lrng.bernoulli(0.6)
          ? b.homeCluster
          : lrng.pickIndex(spec.clusters.map((c) => (c ? 1 : 0)));
      const cluster = spec.clusters[clusterIndex];
      const mspec = cluster.municipalities[lrng.pickIndex(cluster.municipalities.map((m) => m.weight))];
      const municipality = byCode.get(mspec.code);
      if (!municipality) throw new Error(`region ${spec.regionId}: unknown municipality ${mspec.code}`);
      const [lon, lat] = randomPointIn(municipality, lrng, mspec.box);
      let profile: VoProfile | '' = '';
      if (b.sector === 'vo') {
        const vmbo = cluster.vmboShare;
        profile = VO_PROFILES[lrng.pickIndex([(1 - vmbo) / 2, (1 - vmbo) / 2, vmbo])];
      }
      const isNew = b.opensLocationIn !== undefined && k === b.locations - 1;
      const kinds = LOCATION_KIND[profile || b.sector];
      let name = `${b.brand} ${kinds[lrng.int(kinds.length)]} ${PLACE_WORDS[lrng.int(PLACE_WORDS.length)]}`;
      if (isNew) name = `${b.brand} College ${municipality.name}`;
      for (let n = 2; names.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
      names.add(name);
      const [lo, hi] = SIZE_RANGE[b.sector];
      const size = Math.min(hi, Math.max(lo, lrng.lognormal(SIZE_MEDIAN[b.sector], SIZE_SD_LOG[b.sector])));
      locations.push({
        index: locations.length,
        locationId,
        name,
        boardIndex: board.index,
        clusterIndex,
        sector: b.sector,
        municipalityCode: municipality.code,
        municipality: municipality.name,
        member: b.member,
        latitude: lat,
        longitude: lon,
        profile,
        baseSize: isNew ? 160 : size * spec.sizeScale,
        trend: isNew ? 0 : lrng.normal(0, LOCATION_TREND_SD),
        ratioFactor: lrng.lognormal(1, LOCATION_RATIO_SD_LOG),
        openFrom: isNew ? (b.opensLocationIn as number) : 0,
        lessonShares: drawLessonShares(b.sector, profile, lrng),
      });
    }
  }
  const institutes: Institute[] = spec.institutes.map((s, i) => ({
    index: i,
    instituteId: ids.institute(),
    name: s.name,
    type: s.type,
    regionId: spec.regionId,
    role: s.role,
    clusterAffinity: s.clusterAffinity,
  }));
  return {
    regionId: spec.regionId,
    name: spec.name,
    intakeScale: spec.intakeScale,
    clusters,
    boards,
    locations,
    institutes,
  };
}

/**
 * Binding probability of a board in a year.
 * @param board the board
 * @param year calendar year
 * @returns probability that a graduate placed at the board who enters education in the region is hired by it
 */
export function bindingProbability(board: Board, year: number): number {
  return year >= BINDING_PROGRAMME_YEAR ? board.bindingLater : board.binding;
}
