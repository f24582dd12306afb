import { linearRegression } from 'simple-statistics';
import type { Dataset } from '../schema/types.js';
import { AGE_BANDS } from '../schema/constants.js';
import { addTo, lookupsOf } from '../calibrate/helpers.js';

/**
 * The amount of evidence behind each calibrated rate, and the year-to-year variation of the pool sources:
 * what simulate needs to draw parameters around their estimates.
 */
export interface ParameterTrials {
  /** Persons exposed to exits per sector and band: Σ_t headcount(σ, a, t−1). */
  exit: Record<string, Record<string, number>>;
  /** Persons exposed to pension per sector: the 65+ band. */
  pension: Record<string, number>;
  /** Graduates placed at each board (persons); boards without any get the region's total (the pooled rate's). */
  binding: Record<string, number>;
  /** Intake of the cohorts behind each completion rate, `institute|programme`. */
  completion: Record<string, number>;
  /** Graduates not bound by their placement board, per `institute|programme` (the entry rate's trials). */
  entry: Record<string, number>;
  /** Coefficient of variation of the region's yearly hires FTE around their linear trend, per pool source. */
  inflowCv: Record<string, number>;
}

/**
 * Count the trials behind each rate of calibrate(data), mirroring its estimators (see docs/model.md, "Uncertainty").
 * @param data dataset (only years ≤ meta.historyEnd are read)
 * @returns trials per rate and the pool sources' variation
 * @example
 * parameterTrials(data).binding.B01; // graduates placed at B01 over the history
 */
export function parameterTrials(data: Dataset): ParameterTrials {
  const { historyStart, historyEnd } = data.meta;
  const lk = lookupsOf(data);
  const heads = new Map<string, number>();
  for (const r of data.workforce) {
    if (r.year < historyStart || r.year >= historyEnd) continue;
    const sector = lk.subjectSector.get(r.subject_id) ?? lk.locationSector.get(r.location_id) ?? '';
    addTo(heads, `${sector}|${r.age_band}`, r.headcount);
  }
  const sectors = [...new Set(data.subjects.map((s) => s.sector))];
  const exit: Record<string, Record<string, number>> = {};
  const pension: Record<string, number> = {};
  for (const s of sectors) {
    exit[s] = {};
    for (const a of AGE_BANDS) exit[s][a] = heads.get(`${s}|${a}`) ?? 0;
    pension[s] = exit[s]['65+'];
  }
  const placed = new Map<string, number>();
  let placedTotal = 0;
  for (const r of data.graduates) {
    if (r.year > historyEnd || !r.placement_board_id) continue;
    addTo(placed, r.placement_board_id, r.graduates);
    placedTotal += r.graduates;
  }
  const binding: Record<string, number> = {};
  for (const b of data.boards) binding[b.board_id] = placed.get(b.board_id) || placedTotal;

  const studyLength = new Map(data.programmes.map((p) => [p.programme_id, p.duration_years]));
  const intakeIP = new Map<string, number>();
  for (const r of data.intake) addTo(intakeIP, `${r.institute_id}|${r.programme_id}|${r.year}`, r.intake);
  const completion: Record<string, number> = {};
  const entry: Record<string, number> = {};
  const ips = new Set<string>();
  for (const r of [...data.intake, ...data.graduates]) ips.add(`${r.institute_id}|${r.programme_id}`);
  for (const ip of ips) {
    const L = studyLength.get(ip.split('|')[1]) ?? 1;
    let n = 0;
    for (let t = historyStart + L; t <= historyEnd; t++) n += intakeIP.get(`${ip}|${t - L}`) ?? 0;
    completion[ip] = n;
    entry[ip] = 0;
  }
  // Unbound graduates: placed graduates less the board's binding share (own-placement hires ÷ placed).
  const own = new Map<string, number>();
  for (const r of data.hires)
    if (r.source === 'own_placement' && r.year <= historyEnd) addTo(own, r.board_id, r.headcount);
  for (const r of data.graduates) {
    if (r.year <= historyStart || r.year > historyEnd) continue;
    const b = r.placement_board_id;
    const beta = b ? Math.min(1, (own.get(b) ?? 0) / (placed.get(b) || Infinity)) : 0;
    entry[`${r.institute_id}|${r.programme_id}`] += r.graduates * (1 - beta);
  }

  const yearly = new Map<string, number>();
  for (const r of data.hires)
    if (r.year > historyStart && r.year <= historyEnd) addTo(yearly, `${r.source}|${r.year}`, r.fte);
  const inflowCv: Record<string, number> = {};
  for (const src of ['lateral_entrant', 'returner', 'other']) {
    const points: [number, number][] = [];
    for (let t = historyStart + 1; t <= historyEnd; t++) points.push([t, yearly.get(`${src}|${t}`) ?? 0]);
    inflowCv[src] = trendCv(points);
  }
  return { exit, pension, binding, completion, entry, inflowCv };
}

/** Residual standard deviation around the least-squares line (n − 2 degrees of freedom) ÷ the mean. */
function trendCv(points: [number, number][]): number {
  if (points.length < 3) return 0;
  let mean = 0;
  for (const [, y] of points) mean += y;
  mean /= points.length;
  if (!(mean > 0)) return 0;
  const { m, b } = linearRegression(points);
  let ss = 0;
  for (const [x, y] of points) ss += (y - (m * x + b)) ** 2;
  return Math.sqrt(ss / (points.length - 2)) / mean;
}
