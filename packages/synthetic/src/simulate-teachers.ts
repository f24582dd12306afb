/**
 * Teachers as persons, year by year: ageing, exits (certain at the AOW age), fewer or more hours,
 * hiring to meet demand (own placement trainees first, then the graduate pool, lateral entrants,
 * returners and others), unqualified hires when no qualified candidate is found, and unfilled vacancies.
 * Only aggregates leave this module.
 */
import { AGE_BANDS, HIRE_SOURCES, SECTOR_INFO, SUBJECTS, ageBandIndex } from './catalogue.ts';
import {
  BASE_FTE,
  ENTRY_RATE,
  EXTRA_HOURS_MAX_FTE,
  EXIT_PROBABILITY_BY_AGE_BAND,
  EXIT_YEAR_FACTOR,
  FTE_DECREASE_PROBABILITY_BY_AGE_BAND,
  FTE_INCREASE_PROBABILITY,
  HISTORY_END,
  HISTORY_START,
  INITIAL_AGE_SHARE,
  LATERAL_ENTRANT_HAZARD,
  CONGESTION_ELASTICITY,
  CONGESTION_YEARS,
  type GeneratorVariant,
  OTHER_HAZARD,
  OVERSTAFFING_TOLERANCE_FTE,
  POOL_ACCEPT_PROBABILITY,
  PUPIL_TEACHER_RATIO,
  REGION_SHARE_NOT_PLACED,
  REGION_SHARE_PLACED,
  RETURNER_HAZARD,
  SIMULATION_START,
  START_FTE_BY_SOURCE,
  UNQUALIFIED_EXIT_PROBABILITY,
  UNQUALIFIED_HIRE_PROBABILITY,
  VACANCY_THRESHOLD_FTE,
  aowAge,
  labourMarketFactor,
  lateralYearFactor,
  ratioYearFactor,
} from './parameters.ts';
import type { PupilPath } from './pupils.ts';
import { bindingProbability, type Region } from './region.ts';
import type { Random } from './random.ts';
import type { Graduate } from './simulate-trainees.ts';

interface Person {
  age: number;
  loc: number;
  subj: number;
  /** FTE in tenths (2 … 10). */
  fte: number;
  qualified: boolean;
}

const N_SUBJ = SUBJECTS.length;
const N_BAND = AGE_BANDS.length;
const N_SRC = HIRE_SOURCES.length;
const LESSON_HOURS = Object.fromEntries(SECTOR_INFO.map((s) => [s.sector, s.lessonHoursPerFte]));

/** Aggregates of one published year; arrays are flat, indexed as documented per field. */
export interface YearAggregates {
  year: number;
  /** [loc][subj][band] → qualified headcount. */
  workforceHeadcount: Int32Array;
  /** [loc][subj][band] → qualified FTE in tenths. */
  workforceFte: Int32Array;
  /** [loc][subj] → lesson hours given. */
  hours: Float64Array;
  /** [loc][subj] → lesson hours given by unqualified staff. */
  unqualifiedHours: Float64Array;
  /** [loc][subj] → vacancies opened. */
  opened: Int32Array;
  /** [loc][subj] → vacancies unfilled on 1 October. */
  unfilled: Int32Array;
  /** [loc][subj] → FTE (tenths) of unfilled vacancies. */
  unfilledFte: Int32Array;
  /** [board][subj][source] → hires headcount / FTE tenths. */
  hiresHeadcount: Int32Array;
  hiresFte: Int32Array;
  /** [board][subj][band][reason] → leavers headcount / FTE tenths (reason 0 = pension, 1 = other). */
  leaversHeadcount: Int32Array;
  leaversFte: Int32Array;
  /** [loc][subj] → demand FTE (not published; for tests and the parameters file). */
  demand: Float64Array;
  /** [loc] → unqualified FTE employed. */
  unqualifiedFte: Float64Array;
}

/**
 * Demand FTE of a location for a subject in a year: (base + pupils ÷ ratio) × lesson share.
 * @returns demand FTE
 */
export function demandFte(
  region: Region,
  pupils: PupilPath[],
  loc: number,
  subj: number,
  year: number,
): number {
  const location = region.locations[loc];
  const p = pupils[loc][year - SIMULATION_START];
  if (!(p > 0)) return 0;
  const ratio = PUPIL_TEACHER_RATIO[location.sector] * location.ratioFactor * ratioYearFactor(year);
  return (BASE_FTE[location.sector] + p / ratio) * location.lessonShares[subj];
}

const clampTenths = (x: number) => Math.min(10, Math.max(2, Math.round(x)));

/**
 * Runs the teacher simulation of a region and calls `onYear` with the aggregates of each published year.
 * @param region the region
 * @param pupils pupil paths per location
 * @param graduatesByYear graduates per year from simulateTrainees
 * @param rng random stream
 * @param onYear receives each published year's aggregates (HISTORY_START … HISTORY_END)
 * @param options variant: 'congestion' makes lateral supply less elastic (see CONGESTION_ELASTICITY)
 */
export function simulateTeachers(
  region: Region,
  pupils: PupilPath[],
  graduatesByYear: Graduate[][],
  rng: Random,
  onYear: (aggregates: YearAggregates) => void,
  options: { variant?: GeneratorVariant } = {},
): void {
  const congestion = options.variant === 'congestion';
  const vacancyCounts: number[] = [];
  const nLoc = region.locations.length;
  const nBoard = region.boards.length;
  const cells = nLoc * N_SUBJ;
  const boardLocs: number[][] = region.boards.map(() => []);
  for (const l of region.locations) boardLocs[l.boardIndex].push(l.index);

  // ---- initial stock, 1 October SIMULATION_START − 1
  let persons: Person[] = [];
  const init = rng.fork('initial');
  const initYear = SIMULATION_START;
  for (const l of region.locations) {
    const cluster = region.clusters[l.clusterIndex];
    for (let s = 0; s < N_SUBJ; s++) {
      const d = demandFte(region, pupils, l.index, s, initYear);
      if (d <= 0) continue;
      const unqShare = 0.012 / (cluster.attractiveness * cluster.attractiveness);
      let filled = 0;
      while (filled < d * (1 - unqShare) - 0.25) {
        const band = init.pickIndex(INITIAL_AGE_SHARE);
        const age = band === 0 ? init.uniform(22, 25) : init.uniform(20 + band * 5, 25 + band * 5);
        const mean = age < 30 ? 8.6 : age < 45 ? 7.5 : age < 55 ? 7.8 : 7.2;
        const fte = clampTenths(init.normal(mean, 1.7));
        persons.push({ age, loc: l.index, subj: s, fte, qualified: true });
        filled += fte / 10;
      }
      while (filled < d - 0.3) {
        const fte = clampTenths(init.normal(7, 2));
        persons.push({ age: init.uniform(23, 45), loc: l.index, subj: s, fte, qualified: false });
        filled += fte / 10;
      }
    }
  }

  const yrng = rng.fork('years');
  for (let year = SIMULATION_START; year <= HISTORY_END; year++) {
    const publish = year >= HISTORY_START;
    const agg: YearAggregates = {
      year,
      workforceHeadcount: new Int32Array(cells * N_BAND),
      workforceFte: new Int32Array(cells * N_BAND),
      hours: new Float64Array(cells),
      unqualifiedHours: new Float64Array(cells),
      opened: new Int32Array(cells),
      unfilled: new Int32Array(cells),
      unfilledFte: new Int32Array(cells),
      hiresHeadcount: new Int32Array(nBoard * N_SUBJ * N_SRC),
      hiresFte: new Int32Array(nBoard * N_SUBJ * N_SRC),
      leaversHeadcount: new Int32Array(nBoard * N_SUBJ * N_BAND * 2),
      leaversFte: new Int32Array(nBoard * N_SUBJ * N_BAND * 2),
      demand: new Float64Array(cells),
      unqualifiedFte: new Float64Array(nLoc),
    };
    const aow = aowAge(year);
    const exitYear = EXIT_YEAR_FACTOR[year] ?? 1;

    // ---- ageing, exits, hours
    const stay: Person[] = [];
    for (const p of persons) {
      p.age += 1;
      const band = ageBandIndex(p.age);
      const board = region.locations[p.loc].boardIndex;
      let reason = -1;
      if (p.age >= aow) reason = 0;
      else if (p.qualified) {
        const cluster = region.clusters[region.locations[p.loc].clusterIndex];
        if (yrng.bernoulli(EXIT_PROBABILITY_BY_AGE_BAND[band] * cluster.exitMultiplier * exitYear))
          reason = 1;
      } else if (yrng.bernoulli(UNQUALIFIED_EXIT_PROBABILITY)) reason = 1;
      if (reason >= 0) {
        if (p.qualified) {
          const k = ((board * N_SUBJ + p.subj) * N_BAND + band) * 2 + reason;
          agg.leaversHeadcount[k] += 1;
          agg.leaversFte[k] += p.fte;
        }
        continue;
      }
      if (yrng.bernoulli(FTE_DECREASE_PROBABILITY_BY_AGE_BAND[band])) p.fte = Math.max(2, p.fte - 1);
      else if (p.fte < 10 && yrng.bernoulli(FTE_INCREASE_PROBABILITY)) p.fte += 1;
      stay.push(p);
    }
    persons = stay;

    // ---- demand and current staffing
    const qual = new Float64Array(cells);
    const unq = new Float64Array(cells);
    for (const p of persons) (p.qualified ? qual : unq)[p.loc * N_SUBJ + p.subj] += p.fte / 10;
    for (let l = 0; l < nLoc; l++)
      for (let s = 0; s < N_SUBJ; s++) agg.demand[l * N_SUBJ + s] = demandFte(region, pupils, l, s, year);

    const hire = (loc: number, subj: number, fte: number, age: number, source: number) => {
      persons.push({ age, loc, subj, fte, qualified: true });
      qual[loc * N_SUBJ + subj] += fte / 10;
      const k = (region.locations[loc].boardIndex * N_SUBJ + subj) * N_SRC + source;
      agg.hiresHeadcount[k] += 1;
      agg.hiresFte[k] += fte;
    };
    const startFte = (source: string) => clampTenths(yrng.normal(START_FTE_BY_SOURCE[source] * 10, 1.6));

    // ---- graduates: own placement board first (binding), the rest into the pool
    const pool: Graduate[][] = SUBJECTS.map(() => []);
    for (const g of graduatesByYear[year - SIMULATION_START] ?? []) {
      if (!yrng.bernoulli(ENTRY_RATE[g.programmeId])) continue;
      if (!yrng.bernoulli(g.placementBoard >= 0 ? REGION_SHARE_PLACED : REGION_SHARE_NOT_PLACED)) continue;
      if (
        g.placementBoard >= 0 &&
        yrng.bernoulli(bindingProbability(region.boards[g.placementBoard], year))
      ) {
        let best = -1;
        let bestGap = -Infinity;
        for (const l of boardLocs[g.placementBoard]) {
          const c = l * N_SUBJ + g.subjectIndex;
          if (agg.demand[c] <= 0) continue;
          const gap = agg.demand[c] - qual[c];
          if (gap > bestGap) {
            bestGap = gap;
            best = l;
          }
        }
        if (best >= 0) {
          hire(best, g.subjectIndex, startFte('own_placement'), g.age, 0);
          continue;
        }
      }
      pool[g.subjectIndex].push(g);
    }

    // ---- let unqualified staff go where qualified staff now cover demand
    {
      const order = yrng.shuffle(persons.map((_, i) => i).filter((i) => !persons[i].qualified));
      const drop = new Set<number>();
      for (const i of order) {
        const p = persons[i];
        const c = p.loc * N_SUBJ + p.subj;
        if (qual[c] + unq[c] > agg.demand[c] + OVERSTAFFING_TOLERANCE_FTE) {
          unq[c] -= p.fte / 10;
          drop.add(i);
        }
      }
      if (drop.size) persons = persons.filter((_, i) => !drop.has(i));
    }

    // ---- small gaps: part-timers at the location work more hours first
    {
      const byCell = new Map<number, Person[]>();
      for (const p of persons)
        if (p.qualified && p.fte < 10) {
          const c = p.loc * N_SUBJ + p.subj;
          const list = byCell.get(c);
          if (list) list.push(p);
          else byCell.set(c, [p]);
        }
      for (let c = 0; c < cells; c++) {
        const gap = agg.demand[c] - qual[c] - unq[c];
        const list = byCell.get(c);
        if (gap < 0.1 || !list) continue;
        let budget = Math.round(Math.min(gap, EXTRA_HOURS_MAX_FTE) * 10);
        for (const p of yrng.shuffle(list)) {
          if (budget <= 0) break;
          const extra = Math.min(budget, 10 - p.fte, 1);
          p.fte += extra;
          budget -= extra;
          qual[c] += extra / 10;
        }
      }
    }

    // ---- vacancies
    const vacancies: { loc: number; subj: number; fte: number }[] = [];
    for (let c = 0; c < cells; c++) {
      let gap = agg.demand[c] - qual[c] - unq[c];
      while (gap >= VACANCY_THRESHOLD_FTE) {
        const size = Math.min(Math.round(gap * 10), clampTenths(yrng.normal(7.6, 1.6)));
        const fte = Math.max(2, size);
        vacancies.push({ loc: Math.floor(c / N_SUBJ), subj: c % N_SUBJ, fte });
        gap -= fte / 10;
      }
    }
    yrng.shuffle(vacancies);
    const crowding = congestion ? congestionFactor(vacancyCounts, vacancies.length) : 1;
    vacancyCounts.push(vacancies.length);
    const lm = labourMarketFactor(year) * crowding;
    const lat = lateralYearFactor(year) * crowding;
    for (const v of vacancies) {
      const location = region.locations[v.loc];
      const a =
        region.clusters[location.clusterIndex].attractiveness *
        region.boards[location.boardIndex].attractiveness;
      const subject = SUBJECTS[v.subj];
      const c = v.loc * N_SUBJ + v.subj;
      agg.opened[c] += 1;
      const candidates = pool[v.subj];
      if (candidates.length && yrng.bernoulli(Math.min(0.98, POOL_ACCEPT_PROBABILITY * a))) {
        const g = candidates.splice(yrng.int(candidates.length), 1)[0];
        hire(v.loc, v.subj, v.fte, g.age, 1);
        continue;
      }
      if (yrng.bernoulli(1 - Math.exp(-LATERAL_ENTRANT_HAZARD * subject.lateralAppeal * lat * a))) {
        hire(v.loc, v.subj, v.fte, Math.min(58, Math.max(26, yrng.normal(39, 7))), 2);
        continue;
      }
      if (yrng.bernoulli(1 - Math.exp(-RETURNER_HAZARD * Math.sqrt(subject.supply) * lm * a))) {
        hire(
          v.loc,
          v.subj,
          Math.min(v.fte, startFte('returner')),
          Math.min(62, Math.max(28, yrng.normal(43, 8))),
          3,
        );
        continue;
      }
      if (yrng.bernoulli(1 - Math.exp(-OTHER_HAZARD * subject.supply * lm * a))) {
        hire(v.loc, v.subj, v.fte, Math.min(63, Math.max(23, yrng.normal(35, 9))), 4);
        continue;
      }
      if (yrng.bernoulli(UNQUALIFIED_HIRE_PROBABILITY)) {
        persons.push({
          age: Math.min(60, Math.max(20, yrng.normal(31, 8))),
          loc: v.loc,
          subj: v.subj,
          fte: v.fte,
          qualified: false,
        });
        unq[c] += v.fte / 10;
        continue;
      }
      agg.unfilled[c] += 1;
      agg.unfilledFte[c] += v.fte;
    }

    // ---- snapshot on 1 October
    if (!publish) continue;
    for (const p of persons) {
      if (!p.qualified) {
        agg.unqualifiedFte[p.loc] += p.fte / 10;
        continue;
      }
      const k = (p.loc * N_SUBJ + p.subj) * N_BAND + ageBandIndex(p.age);
      agg.workforceHeadcount[k] += 1;
      agg.workforceFte[k] += p.fte;
    }
    for (let c = 0; c < cells; c++) {
      const d = agg.demand[c];
      if (d <= 0) continue;
      const lh = LESSON_HOURS[region.locations[Math.floor(c / N_SUBJ)].sector];
      const qualUsed = Math.min(qual[c], d);
      const unqUsed = Math.min(unq[c], d - qualUsed);
      agg.hours[c] = Math.round((qualUsed + unqUsed) * lh);
      agg.unqualifiedHours[c] = Math.round(unqUsed * lh);
    }
    onYear(agg);
  }
}

/**
 * Multiplier of the lateral hazards in the congestion variant: 1 while this year's vacancies stay at or below
 * the mean of the previous CONGESTION_YEARS years, falling as (mean ÷ count) ^ CONGESTION_ELASTICITY above it.
 * @param previous vacancy counts of earlier years, oldest first
 * @param count this year's vacancies
 * @returns a factor in (0, 1]
 * @example
 * congestionFactor([100, 100, 100], 125); // → 0.8
 */
export function congestionFactor(previous: readonly number[], count: number): number {
  const recent = previous.slice(-CONGESTION_YEARS);
  if (!recent.length || count <= 0) return 1;
  const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
  return Math.min(1, (mean / count) ** CONGESTION_ELASTICITY);
}
