/**
 * The true parameters of a generated region, as a plain object (written to generator-parameters.json),
 * so that a calibration test can check that the model recovers them.
 */
import { AGE_BANDS, PROGRAMMES, SECTOR_INFO, SUBJECTS, VO_PROFILE_MULTIPLIERS } from './catalogue.ts';
import {
  BASE_FTE,
  BINDING_PROGRAMME_YEAR,
  ENTRY_RATE,
  EXIT_PROBABILITY_BY_AGE_BAND,
  EXIT_YEAR_FACTOR,
  FTE_DECREASE_PROBABILITY_BY_AGE_BAND,
  FTE_INCREASE_PROBABILITY,
  FTE_STEP,
  GENERATOR_VERSION,
  HISTORY_END,
  HISTORY_START,
  INTAKE_PLANS,
  LATERAL_ENTRANT_HAZARD,
  OTHER_HAZARD,
  POOL_ACCEPT_PROBABILITY,
  PUPIL_TEACHER_RATIO,
  REGION_SHARE_NOT_PLACED,
  REGION_SHARE_PLACED,
  RETURNER_HAZARD,
  STUDY_ROUTES,
  UNQUALIFIED_EXIT_PROBABILITY,
  UNQUALIFIED_HIRE_PROBABILITY,
  aowAge,
  completionRate,
  labourMarketFactor,
  lateralYearFactor,
  pupilIndex,
  ratioYearFactor,
} from './parameters.ts';
import type { Region } from './region.ts';

/** Region-level figures of one published year (realised, not parameters). */
export interface YearSummary {
  year: number;
  pupils: number;
  demand_fte: number;
  qualified_fte: number;
  qualified_headcount: number;
  unqualified_fte: number;
  unfilled_fte: number;
  pupil_teacher_ratio: number;
  fte_per_person: number;
  unqualified_hours_share: number;
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6 || 0;
const years = () => Array.from({ length: HISTORY_END - HISTORY_START + 1 }, (_, i) => HISTORY_START + i);
const byYear = (f: (y: number) => number) => Object.fromEntries(years().map((y) => [String(y), r6(f(y))]));

/**
 * The true parameters of a region and its realised yearly summary.
 * @param region the generated region
 * @param seed the seed used
 * @param summary realised yearly figures
 * @returns a JSON-ready object (deterministic)
 */
export function generatorParameters(
  region: Region,
  seed: number,
  summary: YearSummary[],
): Record<string, unknown> {
  return {
    synthetic: true,
    generator_version: GENERATOR_VERSION,
    seed,
    note: 'True parameters of the synthetic world behind data/rotterdam (see packages/synthetic/README.md for their public sources). Realised figures are under "realised".',
    aow_age: byYear(aowAge),
    exit_probability_by_age_band: Object.fromEntries(
      AGE_BANDS.map((b, i) => [b, EXIT_PROBABILITY_BY_AGE_BAND[i]]),
    ),
    exit_year_factor: byYear((y) => EXIT_YEAR_FACTOR[y] ?? 1),
    unqualified_exit_probability: UNQUALIFIED_EXIT_PROBABILITY,
    fte: {
      step: FTE_STEP,
      decrease_probability_by_age_band: Object.fromEntries(
        AGE_BANDS.map((b, i) => [b, FTE_DECREASE_PROBABILITY_BY_AGE_BAND[i]]),
      ),
      increase_probability: FTE_INCREASE_PROBABILITY,
    },
    demand: {
      formula:
        'demand_fte[l,s,t] = (base_fte[sector] + pupils[l,t] / (pupil_teacher_ratio[sector] · ratio_factor[l] · ratio_year_factor[t])) · lesson_share[l,s]',
      pupil_teacher_ratio: PUPIL_TEACHER_RATIO,
      base_fte: BASE_FTE,
      ratio_year_factor: byYear(ratioYearFactor),
      lesson_hours_per_fte: Object.fromEntries(SECTOR_INFO.map((s) => [s.sector, s.lessonHoursPerFte])),
      vo_profile_multipliers: VO_PROFILE_MULTIPLIERS,
      pupil_index: Object.fromEntries(
        ['vo', 'vso', 'mbo'].map((s) => [s, byYear((y) => pupilIndex(s as 'vo', y))]),
      ),
    },
    subjects: Object.fromEntries(
      SUBJECTS.map((s) => [
        s.subjectId,
        { lesson_share: s.lessonShare, supply: s.supply, lateral_appeal: s.lateralAppeal },
      ]),
    ),
    programmes: Object.fromEntries(
      PROGRAMMES.map((p) => {
        const route = STUDY_ROUTES[p.programmeId];
        return [
          p.programmeId,
          {
            duration_years: p.durationYears,
            first_year_dropout: route.firstYearDropout,
            later_dropout: route.laterDropout,
            on_time: route.onTime,
            late_graduation: route.lateGraduation,
            completion_rate: r6(completionRate(route, p.durationYears)),
            entry_rate: ENTRY_RATE[p.programmeId],
            placement_probability_by_study_year: route.placementProbability,
          },
        ];
      }),
    ),
    intake_plans: Object.fromEntries(
      region.institutes.map((i) => [
        i.instituteId,
        INTAKE_PLANS[i.role].map((p) => ({
          programme_id: p.programmeId,
          level: r6(p.level * region.intakeScale),
          trend: p.trend,
          first_year: p.start,
          subjects: p.subjects ?? 'all',
        })),
      ]),
    ),
    graduates: {
      region_share_if_placed_in_region: REGION_SHARE_PLACED,
      region_share_if_not_placed: REGION_SHARE_NOT_PLACED,
    },
    hiring: {
      order: [
        'own_placement',
        'other_graduate',
        'lateral_entrant',
        'returner',
        'other',
        'unqualified',
        'unfilled',
      ],
      pool_accept_probability: POOL_ACCEPT_PROBABILITY,
      lateral_entrant_hazard: LATERAL_ENTRANT_HAZARD,
      returner_hazard: RETURNER_HAZARD,
      other_hazard: OTHER_HAZARD,
      unqualified_hire_probability: UNQUALIFIED_HIRE_PROBABILITY,
      lateral_year_factor: byYear(lateralYearFactor),
      labour_market_factor: byYear(labourMarketFactor),
    },
    clusters: Object.fromEntries(
      region.clusters.map((c) => [
        c.clusterId,
        { name: c.name, attractiveness: c.attractiveness, exit_multiplier: c.exitMultiplier },
      ]),
    ),
    boards: Object.fromEntries(
      region.boards.map((b) => [
        b.boardId,
        {
          name: b.name,
          partnership_member: b.member,
          attractiveness: b.attractiveness,
          binding: b.binding,
          binding_from:
            b.bindingLater !== b.binding ? { year: BINDING_PROGRAMME_YEAR, binding: b.bindingLater } : null,
        },
      ]),
    ),
    locations: Object.fromEntries(
      region.locations.map((l) => [
        l.locationId,
        {
          profile: l.profile || null,
          ratio_factor: r6(l.ratioFactor),
          trend: r6(l.trend),
          opened: l.openFrom || null,
          lesson_shares: Object.fromEntries(
            SUBJECTS.map((s, i) => [s.subjectId, r6(l.lessonShares[i])]).filter(([, v]) => (v as number) > 0),
          ),
        },
      ]),
    ),
    realised: summary.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, r6(v)]))),
  };
}
