/**
 * Trainees as persons: intake per institute × programme × subject, placements at the region's locations
 * year by year, dropout, graduation after the programme's length (or one year late).
 */
import { PROGRAMMES, PROGRAMME_SUBJECTS, SUBJECTS, subjectById } from './catalogue.ts';
import {
  HISTORY_END,
  INTAKE_NOISE_SD_LOG,
  INTAKE_PLANS,
  NON_MEMBER_PLACEMENT_WEIGHT,
  STUDY_ROUTES,
  SIMULATION_START,
  TRAINEE_START,
} from './parameters.ts';
import type { Region } from './region.ts';
import type { Random } from './random.ts';
import type { PupilPath } from './pupils.ts';

/** A graduate, as the teacher simulation sees them. */
export interface Graduate {
  instituteIndex: number;
  programmeId: string;
  subjectIndex: number;
  /** Board of the final placement, −1 when placed outside the region's boards. */
  placementBoard: number;
  age: number;
}

export interface TraineeResult {
  /** key `institute|programme|subject|year` → intake. */
  intake: Map<string, number>;
  /** key `institute|programme|location|subject|year` → trainees. */
  placements: Map<string, number>;
  /** key `institute|programme|subject|year|boardIndex` → graduates. */
  graduates: Map<string, number>;
  /** Graduates per graduation year (index year − SIMULATION_START), in a fixed order. */
  graduatesByYear: Graduate[][];
}

const subjectIndex = new Map(SUBJECTS.map((s, i) => [s.subjectId, i]));

/**
 * Weight of each subject in a programme's intake: lesson share × supply^1.3 (scarce subjects attract
 * fewer students per FTE of demand); vso subjects take 7 % of an hbo bachelor.
 * @param subjects offered subject ids
 * @returns weights summing to 1, same order
 */
export function intakeWeights(subjects: readonly string[]): number[] {
  const raw = subjects.map((id) => {
    const s = subjectById.get(id);
    if (!s) throw new Error(`intakeWeights: unknown subject ${id}`);
    return s.lessonShare * Math.pow(s.supply, 1.3);
  });
  const sectors = subjects.map((id) => subjectById.get(id)?.sector);
  const hasVso = sectors.includes('vso') && sectors.some((x) => x !== 'vso');
  const sum = (pred: (i: number) => boolean) => raw.reduce((a, w, i) => (pred(i) ? a + w : a), 0);
  if (!hasVso) {
    const t = sum(() => true);
    return raw.map((w) => w / t);
  }
  const tv = sum((i) => sectors[i] === 'vso');
  const to = sum((i) => sectors[i] !== 'vso');
  return raw.map((w, i) => (sectors[i] === 'vso' ? (0.07 * w) / tv : (0.93 * w) / to));
}

/**
 * Simulates all trainee cohorts of a region from TRAINEE_START to HISTORY_END.
 * @param region the region
 * @param pupils pupil path per location (for placement weights and opening years)
 * @param rng random stream
 * @returns aggregated intake, placements, graduates and the list of graduates per year
 */
export function simulateTrainees(region: Region, pupils: PupilPath[], rng: Random): TraineeResult {
  const intake = new Map<string, number>();
  const placements = new Map<string, number>();
  const graduates = new Map<string, number>();
  const graduatesByYear: Graduate[][] = [];
  for (let y = SIMULATION_START; y <= HISTORY_END; y++) graduatesByYear.push([]);
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

  const placementCache = new Map<string, number[]>();
  const placementWeights = (instituteIndex: number, s: number, year: number): number[] => {
    const key = `${instituteIndex}|${s}|${year}`;
    let w = placementCache.get(key);
    if (!w) {
      const institute = region.institutes[instituteIndex];
      const y = Math.max(SIMULATION_START, Math.min(HISTORY_END, year));
      w = region.locations.map((loc) => {
        const p = pupils[loc.index][y - SIMULATION_START];
        if (!(p > 0) || loc.lessonShares[s] <= 0) return 0;
        const memberWeight = loc.member ? 1 : NON_MEMBER_PLACEMENT_WEIGHT;
        return p * loc.lessonShares[s] * memberWeight * institute.clusterAffinity[loc.clusterIndex];
      });
      placementCache.set(key, w);
    }
    return w;
  };

  for (const institute of region.institutes) {
    const irng = rng.fork(`institute-${institute.index}`);
    for (const plan of INTAKE_PLANS[institute.role]) {
      const programme = PROGRAMMES.find((p) => p.programmeId === plan.programmeId);
      if (!programme) throw new Error(`simulateTrainees: unknown programme ${plan.programmeId}`);
      const route = STUDY_ROUTES[programme.programmeId];
      const offered = plan.subjects ?? PROGRAMME_SUBJECTS[programme.programmeId];
      const weights = intakeWeights(offered);
      const L = programme.durationYears;
      for (let year = Math.max(TRAINEE_START, plan.start); year <= HISTORY_END; year++) {
        const level = plan.level * region.intakeScale * Math.pow(1 + plan.trend, year - 2014);
        for (let j = 0; j < offered.length; j++) {
          const s = subjectIndex.get(offered[j]) as number;
          const n = irng.poisson(level * weights[j] * irng.lognormal(1, INTAKE_NOISE_SD_LOG));
          if (n === 0) continue;
          intake.set(`${institute.index}|${programme.programmeId}|${s}|${year}`, n);
          for (let t = 0; t < n; t++) {
            let age = Math.max(route.intakeAgeMin, irng.normal(route.intakeAgeMean, route.intakeAgeSd));
            for (let k = 1; k <= L + 1; k++) {
              const placementYear = year + k - 1;
              if (placementYear > HISTORY_END) break;
              const p = route.placementProbability[Math.min(k, L) - 1];
              let board = -1;
              if (irng.bernoulli(p)) {
                const w = placementWeights(institute.index, s, placementYear);
                let total = 0;
                for (const x of w) total += x;
                if (total > 0) {
                  const li = irng.pickIndex(w);
                  board = region.locations[li].boardIndex;
                  add(placements, `${institute.index}|${programme.programmeId}|${li}|${s}|${placementYear}`);
                }
              }
              age += 1;
              if (k < L) {
                if (irng.bernoulli(k === 1 ? route.firstYearDropout : route.laterDropout)) break;
                continue;
              }
              const graduated = irng.bernoulli(k === L ? route.onTime : route.lateGraduation);
              if (!graduated && k > L) break;
              if (graduated) {
                const gradYear = placementYear + 1;
                if (gradYear <= HISTORY_END) {
                  add(graduates, `${institute.index}|${programme.programmeId}|${s}|${gradYear}|${board}`);
                  if (gradYear >= SIMULATION_START)
                    graduatesByYear[gradYear - SIMULATION_START].push({
                      instituteIndex: institute.index,
                      programmeId: programme.programmeId,
                      subjectIndex: s,
                      placementBoard: board,
                      age,
                    });
                }
                break;
              }
            }
          }
        }
      }
    }
  }
  return { intake, placements, graduates, graduatesByYear };
}
