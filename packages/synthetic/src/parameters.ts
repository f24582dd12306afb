/**
 * Every parameter of the synthetic world, with the public figure it was set from
 * (/work/shared/MODEL-NOTES.md, "Sanity figures"; copied into packages/synthetic/README.md).
 * Region-specific draws (board binding, attractiveness, location sizes) are made in region.ts from the
 * seed and written out with these in generator-parameters.json.
 */
import { CONTRACT_YEARS } from '@opgave/contract';
import type { Sector } from './catalogue.ts';

/** Generator version; written to datapackage.json → opgave.generator_version. */
export const GENERATOR_VERSION = '1.0.0';

/** Default seed of the committed Rotterdam dataset. */
export const DEFAULT_SEED = 20251001;

/** First and last published year (1 October reference date). */
export const HISTORY_START = CONTRACT_YEARS.historyStart;
export const HISTORY_END = CONTRACT_YEARS.historyEnd;
/** Teachers are created in this year and simulated forward, so 2014 already carries history. */
export const SIMULATION_START = 2009;
/** Trainee cohorts start this early so that graduates exist from SIMULATION_START on. */
export const TRAINEE_START = 2003;
/** Pupil forecasts run to this year. */
export const FORECAST_END = CONTRACT_YEARS.forecastEnd;
/** Forecasts are published for these base years. */
export const FORECAST_BASE_START = CONTRACT_YEARS.forecastBaseStart;

/**
 * Statutory AOW (state pension) age in years for someone reaching it in `year`
 * (Algemene Ouderdomswet path: 65 + 1 month in 2013 → 67 in 2024, frozen 2020–2021, 67 + 3 months from 2028).
 * Reaching it is a certain exit.
 * @param year calendar year
 * @returns AOW age in fractional years
 * @example aowAge(2019) // → 66.333…
 */
export function aowAge(year: number): number {
  const months: Record<number, number> = {
    2013: 1,
    2014: 2,
    2015: 3,
    2016: 6,
    2017: 9,
    2018: 12,
    2019: 16,
    2020: 16,
    2021: 16,
    2022: 19,
    2023: 22,
    2024: 24,
    2025: 24,
    2026: 24,
    2027: 24,
  };
  if (year <= 2012) return 65;
  if (year >= 2028) return 67.25;
  return 65 + months[year] / 12;
}

/**
 * Annual probability that a qualified teacher leaves for reasons other than the pension, by age band
 * (`<25` … `65+`). Shaped after vosabb.nl: "over a third of vo leavers are 55+, nearly a third under 35";
 * Scotland's 5–6.5 %/yr leaver rate as the overall level. Early-career exits are high, mid-career low,
 * 60–64 high (early retirement schemes).
 */
export const EXIT_PROBABILITY_BY_AGE_BAND = [0.21, 0.16, 0.11, 0.06, 0.035, 0.03, 0.03, 0.04, 0.06, 0.2];

/** Multiplier on exit probability in years with a tight labour market (more job-to-job moves). */
export const EXIT_YEAR_FACTOR: Record<number, number> = {
  2018: 1.05,
  2019: 1.1,
  2020: 0.9,
  2021: 0.95,
  2022: 1.15,
  2023: 1.15,
  2024: 1.1,
  2025: 1.1,
};

/** Annual exit probability of unqualified staff (temporary contracts, move on or start training elsewhere). */
export const UNQUALIFIED_EXIT_PROBABILITY = 0.3;

/**
 * Yearly chance to reduce hours by age band, and the chance to increase them. Calibrated so that the
 * stock settles at ≈0.77 FTE per person (175k FTE / 230k persons, Kamerstuk 27923-344) with older
 * teachers working fewer hours (BAPO / generatiepact).
 */
export const FTE_DECREASE_PROBABILITY_BY_AGE_BAND = [
  0.025, 0.06, 0.11, 0.095, 0.06, 0.05, 0.055, 0.095, 0.13, 0.12,
];
export const FTE_INCREASE_PROBABILITY = 0.03;
/** Largest gap (FTE) at a location × subject that existing part-timers may absorb by working more hours. */
export const EXTRA_HOURS_MAX_FTE = 0.2;
/** Size of one hours change, in FTE. */
export const FTE_STEP = 0.1;
/** Smallest appointment size, in FTE. */
export const FTE_MIN = 0.2;

/**
 * Mean FTE of new appointments by hire source (graduates mostly start near full time; returners part time).
 */
export const START_FTE_BY_SOURCE: Record<string, number> = {
  own_placement: 0.82,
  other_graduate: 0.8,
  lateral_entrant: 0.85,
  returner: 0.62,
  other: 0.75,
  unqualified: 0.7,
};

/**
 * Initial (2009) age distribution of persons, by age band, chosen so that in 2014–2016 about 15.8 % of
 * FTE is 55–59 and about 13 % is 60+ (stamos.nl, education 2015).
 */
export const INITIAL_AGE_SHARE = [0.025, 0.08, 0.1, 0.1, 0.1, 0.13, 0.165, 0.17, 0.12, 0];

/**
 * Marginal pupil-teacher ratio per sector (pupils per teaching FTE above the base) and base FTE per
 * location. vo: overall pupils ÷ FTE ≈ 15.6 (esb.nu, 2013) → marginal 16.3 with 1.5 base FTE;
 * mbo: ≈18 students per teacher (mbo-today.nl); vso: small classes, ≈7–9.
 */
export const PUPIL_TEACHER_RATIO: Record<Sector, number> = { vo: 15.7, vso: 7.3, mbo: 18.2 };
export const BASE_FTE: Record<Sector, number> = { vo: 1.5, vso: 0.5, mbo: 2 };
/** Standard deviation (log scale) of a location's ratio around its sector's ratio. */
export const LOCATION_RATIO_SD_LOG = 0.05;

/**
 * Multiplier on the pupil-teacher ratio by year. The 2021–2022 dip is the catch-up money of the
 * Nationaal Programma Onderwijs (more staff per pupil), which runs out from 2024; the slow fall before is
 * the ratio's drift in vo (≈16 in 2014 → 15.6).
 */
export function ratioYearFactor(year: number): number {
  if (year <= 2014) return 1.01;
  const path: Record<number, number> = {
    2015: 1.008,
    2016: 1.005,
    2017: 1.003,
    2018: 1.0,
    2019: 1.0,
    2020: 0.995,
    2021: 0.965,
    2022: 0.955,
    2023: 0.975,
    2024: 0.99,
    2025: 0.995,
  };
  return path[year] ?? 0.995;
}

/**
 * Region-wide pupil index per sector (1.00 in 2014). vo grows to 2020 and then declines with the birth
 * cohorts (≈ −1 %/yr 2026–2034, as in the DUO prognoses for the big cities); mbo peaks around 2019;
 * vso grows slowly (passend onderwijs).
 */
export function pupilIndex(sector: Sector, year: number): number {
  const growth = (y: number): number => {
    if (sector === 'vo') return y <= 2020 ? 0.009 : y <= 2025 ? -0.003 : y <= 2034 ? -0.011 : -0.002;
    if (sector === 'mbo') return y <= 2019 ? 0.006 : y <= 2025 ? -0.004 : y <= 2032 ? -0.008 : 0;
    return y <= 2025 ? 0.012 : 0.002;
  };
  let index = 1;
  if (year >= 2014) for (let y = 2015; y <= year; y++) index *= 1 + growth(y);
  else for (let y = 2014; y > year; y--) index /= 1 + growth(y);
  return index;
}

/** Standard deviation of a location's own yearly trend and of its yearly noise, relative. */
export const LOCATION_TREND_SD = 0.012;
export const LOCATION_NOISE_SD = 0.02;

/**
 * Graduates' choices. entryRate: share who start working in education (≈66 % availability of hbo vo-training
 * graduates in MIRROR; 52 % "only in education" one year later, stamos.nl; wo ≈ 65 %).
 * regionShare: of those, share who stay in this region (higher when their final placement was here).
 */
export const ENTRY_RATE: Record<string, number> = {
  'hbo-bachelor-vt': 0.6,
  'hbo-bachelor-dt': 0.78,
  'hbo-master': 0.8,
  'hbo-pdg': 0.85,
  'wo-master': 0.66,
  'wo-edu-minor': 0.45,
};
export const REGION_SHARE_PLACED = 0.85;
export const REGION_SHARE_NOT_PLACED = 0.4;

/**
 * Study-route parameters per programme: first-year dropout, dropout in later years, on-time graduation in
 * the final year, graduation after one extra year, chance of a placement in the region per study year,
 * and the students' age at intake. Completion (rendement) follows: DfE figures 84–91 % for postgraduate
 * routes; Dutch hbo bachelor ≈ 55 %.
 */
export interface StudyRoute {
  firstYearDropout: number;
  laterDropout: number;
  onTime: number;
  lateGraduation: number;
  placementProbability: readonly number[];
  intakeAgeMean: number;
  intakeAgeSd: number;
  intakeAgeMin: number;
}

export const STUDY_ROUTES: Record<string, StudyRoute> = {
  'hbo-bachelor-vt': {
    firstYearDropout: 0.28,
    laterDropout: 0.07,
    onTime: 0.7,
    lateGraduation: 0.85,
    placementProbability: [0.25, 0.35, 0.45, 0.7],
    intakeAgeMean: 19,
    intakeAgeSd: 1.5,
    intakeAgeMin: 17,
  },
  'hbo-bachelor-dt': {
    firstYearDropout: 0.2,
    laterDropout: 0.06,
    onTime: 0.65,
    lateGraduation: 0.8,
    placementProbability: [0.3, 0.3, 0.4, 0.7],
    intakeAgeMean: 33,
    intakeAgeSd: 8,
    intakeAgeMin: 21,
  },
  'hbo-master': {
    firstYearDropout: 0.15,
    laterDropout: 0.05,
    onTime: 0.7,
    lateGraduation: 0.8,
    placementProbability: [0.4, 0.75],
    intakeAgeMean: 31,
    intakeAgeSd: 6,
    intakeAgeMin: 23,
  },
  'hbo-pdg': {
    firstYearDropout: 0,
    laterDropout: 0,
    onTime: 0.82,
    lateGraduation: 0.6,
    placementProbability: [0.75],
    intakeAgeMean: 38,
    intakeAgeSd: 8,
    intakeAgeMin: 23,
  },
  'wo-master': {
    firstYearDropout: 0,
    laterDropout: 0,
    onTime: 0.75,
    lateGraduation: 0.6,
    placementProbability: [0.8],
    intakeAgeMean: 25,
    intakeAgeSd: 2.5,
    intakeAgeMin: 22,
  },
  'wo-edu-minor': {
    firstYearDropout: 0,
    laterDropout: 0,
    onTime: 0.88,
    lateGraduation: 0.5,
    placementProbability: [0.7],
    intakeAgeMean: 21,
    intakeAgeSd: 1,
    intakeAgeMin: 19,
  },
};

/**
 * Completion rate (rendement) implied by a study route.
 * @param route study-route parameters
 * @param durationYears nominal study length
 * @returns share of an intake cohort that graduates
 * @example completionRate(STUDY_ROUTES["wo-master"], 1) // → 0.9
 */
export function completionRate(route: StudyRoute, durationYears: number): number {
  let survive = 1;
  for (let k = 1; k < durationYears; k++)
    survive *= 1 - (k === 1 ? route.firstYearDropout : route.laterDropout);
  return survive * (route.onTime + (1 - route.onTime) * route.lateGraduation);
}

/**
 * Yearly intake per institute role and programme (first-year students across subjects), with a yearly
 * trend: full-time hbo bachelor intake falls (national hbo vo-training graduates ≈4,200 in 2018 → ≈3,950
 * in 2025, stamos.nl), part-time and postgraduate routes grow. `start` is the first intake year.
 */
export interface IntakePlan {
  programmeId: string;
  level: number;
  trend: number;
  start: number;
  /** Subjects offered (subset of PROGRAMME_SUBJECTS), or all. */
  subjects?: readonly string[];
}

export const INTAKE_PLANS: Record<'hbo' | 'wo-general' | 'wo-technical', readonly IntakePlan[]> = {
  hbo: [
    { programmeId: 'hbo-bachelor-vt', level: 300, trend: -0.015, start: TRAINEE_START },
    { programmeId: 'hbo-bachelor-dt', level: 105, trend: 0.015, start: TRAINEE_START },
    { programmeId: 'hbo-master', level: 55, trend: 0.01, start: TRAINEE_START },
    { programmeId: 'hbo-pdg', level: 80, trend: 0.015, start: TRAINEE_START },
  ],
  'wo-general': [{ programmeId: 'wo-master', level: 75, trend: 0.005, start: TRAINEE_START }],
  'wo-technical': [
    {
      programmeId: 'wo-master',
      level: 30,
      trend: 0.02,
      start: TRAINEE_START,
      subjects: ['vo-in', 'vo-na', 'vo-sk', 'vo-wi'],
    },
    /** Structural change: the technical university starts an educational minor in 2017. */
    { programmeId: 'wo-edu-minor', level: 40, trend: 0.03, start: 2017 },
  ],
};

/** Lognormal noise (log sd) on a year's intake per institute × programme × subject. */
export const INTAKE_NOISE_SD_LOG = 0.12;

/** Share of placements that go to locations of boards outside the partnership (weight relative to members). */
export const NON_MEMBER_PLACEMENT_WEIGHT = 0.06;

/**
 * Binding (placementHireRate): probability that a graduate whose final placement was at board b, and who
 * enters education in the region, is hired by b. Drawn per board in region.ts from this range; boards
 * outside the partnership have a lower level. One board strengthens its binding programme from
 * BINDING_PROGRAMME_YEAR (structural change).
 */
export const BINDING_RANGE_MEMBER: [number, number] = [0.3, 0.55];
export const BINDING_RANGE_NON_MEMBER: [number, number] = [0.15, 0.25];
export const BINDING_PROGRAMME_YEAR = 2020;
export const BINDING_PROGRAMME_LEVEL = 0.75;

/**
 * Hazards of finding a candidate by each route, tried in this order for every vacancy after the graduate
 * pool: P(route) = 1 − exp(−hazard × multipliers), the multipliers being the subject's supply (or lateral
 * appeal), the cluster's and board's attractiveness and the year's labour market. Levels set so that
 * graduates fill about a third of hires, lateral entrants ≈10 % (rising after the 2017 subsidy),
 * returners ≈10 %, and the vo unqualified share of lesson hours is ≈3–4 % nationally (IPTO 2021: 3.7 %),
 * higher in a big-city region.
 */
export const POOL_ACCEPT_PROBABILITY = 0.85;
export const LATERAL_ENTRANT_HAZARD = 0.12;
export const RETURNER_HAZARD = 0.15;
export const OTHER_HAZARD = 1.6;
/** Worlds the generator can simulate: `default` (the committed data) or `congestion` (less elastic lateral supply). */
export const GENERATOR_VARIANTS = ['default', 'congestion'] as const;
/** A generator variant. */
export type GeneratorVariant = (typeof GENERATOR_VARIANTS)[number];

/**
 * Variant `congestion` only: the lateral-entrant, returner and other hazards per vacancy are multiplied by
 * min(1, (mean vacancies of the region's previous three years ÷ this year's vacancies) ^ CONGESTION_ELASTICITY),
 * so when vacancies spike above their recent mean, each vacancy finds a lateral candidate less often
 * (a less elastic lateral supply than the default world, where the hazards do not depend on the number of vacancies).
 */
export const CONGESTION_ELASTICITY = 1;
/** Years of region vacancies averaged for the congestion variant's recent mean. */
export const CONGESTION_YEARS = 3;
/** When no qualified candidate is found: chance to hire someone unqualified (else the vacancy stays open). */
export const UNQUALIFIED_HIRE_PROBABILITY = 0.75;

/** Lateral-entrant scheme growth (subsidy zij-instroom from 2017). */
export function lateralYearFactor(year: number): number {
  if (year < 2016) return 0.6;
  if (year < 2018) return 0.8;
  if (year < 2021) return 1.1;
  return 1.35;
}

/**
 * Labour-market tightness: chance that "other" candidates and returners are available. Slack after the
 * 2008–2013 crisis, tight from 2018, a covid dip in 2020, very tight 2022–2025.
 */
export function labourMarketFactor(year: number): number {
  const path: Record<number, number> = {
    2009: 1.2,
    2010: 1.2,
    2011: 1.15,
    2012: 1.15,
    2013: 1.1,
    2014: 1.08,
    2015: 1.05,
    2016: 1.0,
    2017: 0.95,
    2018: 0.88,
    2019: 0.84,
    2020: 0.95,
    2021: 0.88,
    2022: 0.78,
    2023: 0.76,
    2024: 0.78,
    2025: 0.8,
  };
  return path[year] ?? 1;
}

/** Smallest gap (FTE) at a location × subject that opens a vacancy. */
export const VACANCY_THRESHOLD_FTE = 0.3;
/** Overstaffing (FTE above demand) tolerated before unqualified staff are let go. */
export const OVERSTAFFING_TOLERANCE_FTE = 0.1;
