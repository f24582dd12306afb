import type { Dataset } from '../schema/types.js';
import type { Lookups } from './helpers.js';
import { addTo, ratio } from './helpers.js';

/** Non-negative least squares by cyclic coordinate descent (few unknowns; x ≥ 0). */
export function nonNegativeLeastSquares(rows: number[][], y: number[], iterations = 500): number[] {
  const k = rows[0]?.length ?? 0;
  const x = new Array<number>(k).fill(0);
  const ata = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const aty = new Array<number>(k).fill(0);
  for (let r = 0; r < rows.length; r++) {
    for (let i = 0; i < k; i++) {
      aty[i] += rows[r][i] * y[r];
      for (let j = 0; j < k; j++) ata[i][j] += rows[r][i] * rows[r][j];
    }
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < k; i++) {
      if (ata[i][i] <= 0) continue;
      let g = aty[i];
      for (let j = 0; j < k; j++) if (j !== i) g -= ata[i][j] * x[j];
      x[i] = Math.max(0, g / ata[i][i]);
    }
  }
  return x;
}

/**
 * Estimate the training pipeline: completion, binding and entry rates, placement shares, study lengths and intake levels.
 * - completionRate[i][p] = Σ_t graduates(i,p,t) ÷ Σ_t intake(i,p,t−L)
 * - bindingRate[b] = Σ_t own-placement hires(b,t) ÷ Σ_t graduates placed at b (persons)
 * - entryRate[i][p]: non-negative least squares of other-graduate hires(s,t) on the unbound graduates of each institute|programme (s,t)
 * @param data normalised dataset
 * @param lk lookups
 * @param recentYears years averaged for the intake level
 * @returns the training parameters
 * @example
 * estimateTrainingRates(data, lookups, 3).bindingRate.B01 // ≈ 0.35
 */
export function estimateTrainingRates(data: Dataset, lk: Lookups, recentYears: number) {
  const { historyStart, historyEnd } = data.meta;
  const studyLength: Record<string, number> = {};
  for (const p of data.programmes) studyLength[p.programme_id] = p.duration_years;
  const intake = new Map<string, number>();
  const intakeIP = new Map<string, number>();
  for (const r of data.intake) {
    addTo(intake, `${r.institute_id}|${r.programme_id}|${r.subject_id}|${r.year}`, r.intake);
    addTo(intakeIP, `${r.institute_id}|${r.programme_id}|${r.year}`, r.intake);
  }
  const gradIP = new Map<string, number>();
  const placedAt = new Map<string, number>();
  const placedShare = new Map<string, Map<string, number>>();
  for (const r of data.graduates) {
    addTo(gradIP, `${r.institute_id}|${r.programme_id}|${r.year}`, r.graduates);
    const board = r.placement_board_id ?? '';
    if (board) addTo(placedAt, board, r.graduates);
    const key = `${r.institute_id}|${r.programme_id}|${r.subject_id}`;
    let m = placedShare.get(key);
    if (!m) placedShare.set(key, (m = new Map()));
    addTo(m, board, r.graduates);
  }
  const ips = new Map<string, { institute: string; programme: string }>();
  for (const r of [...data.intake, ...data.graduates])
    ips.set(`${r.institute_id}|${r.programme_id}`, { institute: r.institute_id, programme: r.programme_id });
  const completionRate: Record<string, Record<string, number>> = {};
  for (const [key, { institute, programme }] of ips) {
    const L = studyLength[programme] ?? 1;
    let g = 0;
    let n = 0;
    for (let t = historyStart + L; t <= historyEnd; t++) {
      const cohort = intakeIP.get(`${key}|${t - L}`);
      if (cohort === undefined) continue;
      g += gradIP.get(`${key}|${t}`) ?? 0;
      n += cohort;
    }
    (completionRate[institute] ??= {})[programme] = Math.min(1, ratio(g, n));
  }
  const ownHires = new Map<string, number>();
  const otherGradHires = new Map<string, number>();
  for (const r of data.hires) {
    if (r.source === 'own_placement') addTo(ownHires, r.board_id, r.headcount);
    else if (r.source === 'other_graduate') addTo(otherGradHires, `${r.subject_id}|${r.year}`, r.headcount);
  }
  const bindingRate: Record<string, number> = {};
  let sumOwn = 0;
  let sumPlaced = 0;
  for (const b of data.boards) {
    const own = ownHires.get(b.board_id) ?? 0;
    const placed = placedAt.get(b.board_id) ?? 0;
    sumOwn += own;
    sumPlaced += placed;
    bindingRate[b.board_id] = placed > 0 ? Math.min(1, own / placed) : NaN;
  }
  const meanBinding = ratio(sumOwn, sumPlaced);
  for (const b of data.boards)
    if (Number.isNaN(bindingRate[b.board_id])) bindingRate[b.board_id] = meanBinding;
  const placementShare: Record<string, Record<string, number>> = {};
  for (const [key, m] of placedShare) {
    let total = 0;
    for (const v of m.values()) total += v;
    const shares: Record<string, number> = {};
    for (const [b, v] of m) shares[b] = ratio(v, total);
    placementShare[key] = shares;
  }
  // Unbound graduates per institute|programme for each (subject, year) → regress other-graduate hires on them.
  const ipKeys = [...ips.keys()];
  const ipIndex = new Map(ipKeys.map((k, i) => [k, i]));
  const design = new Map<string, number[]>();
  for (const r of data.graduates) {
    if (r.year <= historyStart || r.year > historyEnd) continue;
    const board = r.placement_board_id ?? '';
    const bound = board ? (bindingRate[board] ?? 0) * r.graduates : 0;
    const rowKey = `${r.subject_id}|${r.year}`;
    let row = design.get(rowKey);
    if (!row) design.set(rowKey, (row = new Array<number>(ipKeys.length).fill(0)));
    row[ipIndex.get(`${r.institute_id}|${r.programme_id}`)!] += r.graduates - bound;
  }
  const rows: number[][] = [];
  const y: number[] = [];
  for (const [key, row] of design) {
    rows.push(row);
    y.push(otherGradHires.get(key) ?? 0);
  }
  const x = rows.length ? nonNegativeLeastSquares(rows, y) : [];
  const entryRate: Record<string, Record<string, number>> = {};
  ipKeys.forEach((k, i) => {
    const { institute, programme } = ips.get(k)!;
    (entryRate[institute] ??= {})[programme] = Math.min(1, x[i] ?? 0);
  });
  const intakeLevel: Record<string, number> = {};
  const seen = new Set<string>();
  for (const r of data.intake) seen.add(`${r.institute_id}|${r.programme_id}|${r.subject_id}`);
  for (const key of seen) {
    let sum = 0;
    for (let t = historyEnd - recentYears + 1; t <= historyEnd; t++) sum += intake.get(`${key}|${t}`) ?? 0;
    intakeLevel[key] = sum / recentYears;
  }
  void lk;
  return { studyLength, completionRate, bindingRate, entryRate, placementShare, intakeLevel };
}
