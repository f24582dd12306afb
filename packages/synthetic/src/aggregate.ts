/**
 * Turns a simulated region into rows of the published tables (aggregates only; no person leaves the
 * simulator).
 */
import { AGE_BANDS, HIRE_SOURCES, LEAVER_REASONS, PROGRAMMES, SECTOR_INFO, SUBJECTS } from './catalogue.ts';
import { HISTORY_END, HISTORY_START, SIMULATION_START } from './parameters.ts';
import type { ForecastRow, PupilPath } from './pupils.ts';
import type { Region } from './region.ts';
import type { TraineeResult } from './simulate-trainees.ts';
import type { YearAggregates } from './simulate-teachers.ts';
import type { Row } from './write-csv.ts';

const N_SUBJ = SUBJECTS.length;
const N_BAND = AGE_BANDS.length;
const N_SRC = HIRE_SOURCES.length;

/** Rows of the tables that do not depend on a region. */
export function catalogueRows(): Record<'sectors' | 'programmes' | 'subjects', Row[]> {
  return {
    sectors: SECTOR_INFO.map((s) => [s.sector, s.name, s.lessonHoursPerFte]),
    programmes: PROGRAMMES.map((p) => [p.programmeId, p.instituteType, p.name, p.durationYears]),
    subjects: SUBJECTS.map((s) => [s.subjectId, s.sector, s.name, s.nameEn]),
  };
}

/** Rows of the structure tables of one region. */
export function structureRows(
  region: Region,
): Record<'regions' | 'clusters' | 'boards' | 'locations' | 'institutes', Row[]> {
  return {
    regions: [[region.regionId, region.name]],
    clusters: region.clusters.map((c) => [c.clusterId, c.regionId, c.name]),
    boards: region.boards.map((b) => [b.boardId, b.name, b.sector, b.regionId, b.member]),
    locations: region.locations.map((l) => [
      l.locationId,
      l.name,
      region.boards[l.boardIndex].boardId,
      region.clusters[l.clusterIndex].clusterId,
      l.sector,
      l.municipalityCode,
      l.municipality,
      l.member,
      l.latitude,
      l.longitude,
    ]),
    institutes: region.institutes.map((i) => [i.instituteId, i.name, i.type, i.regionId]),
  };
}

/** Rows of pupils and pupil_forecast. */
export function pupilRows(
  region: Region,
  pupils: PupilPath[],
  forecasts: ForecastRow[][],
): { pupils: Row[]; pupil_forecast: Row[] } {
  const out: Row[] = [];
  const fc: Row[] = [];
  for (const l of region.locations) {
    for (let y = HISTORY_START; y <= HISTORY_END; y++) {
      const p = pupils[l.index][y - SIMULATION_START];
      if (p > 0) out.push([l.locationId, y, p]);
    }
    for (const f of forecasts[l.index]) fc.push([l.locationId, f.baseYear, f.year, f.variant, f.pupils]);
  }
  return { pupils: out, pupil_forecast: fc };
}

/** Rows of intake, placements and graduates (published years only). */
export function traineeRows(
  region: Region,
  t: TraineeResult,
): { intake: Row[]; placements: Row[]; graduates: Row[] } {
  const inst = (i: string) => region.institutes[Number(i)].instituteId;
  const subj = (s: string) => SUBJECTS[Number(s)].subjectId;
  const inYears = (y: string) => Number(y) >= HISTORY_START && Number(y) <= HISTORY_END;
  const intake: Row[] = [];
  for (const [key, n] of t.intake) {
    const [i, p, s, y] = key.split('|');
    if (inYears(y)) intake.push([inst(i), p, subj(s), Number(y), n]);
  }
  const placements: Row[] = [];
  for (const [key, n] of t.placements) {
    const [i, p, l, s, y] = key.split('|');
    if (inYears(y))
      placements.push([inst(i), p, region.locations[Number(l)].locationId, subj(s), Number(y), n]);
  }
  const graduates: Row[] = [];
  for (const [key, n] of t.graduates) {
    const [i, p, s, y, b] = key.split('|');
    if (inYears(y))
      graduates.push([inst(i), p, subj(s), Number(y), b === '-1' ? '' : region.boards[Number(b)].boardId, n]);
  }
  return { intake, placements, graduates };
}

/** Rows of workforce, hires, leavers, vacancies and lesson_hours for one published year. */
export function teacherRows(
  region: Region,
  agg: YearAggregates,
): { workforce: Row[]; hires: Row[]; leavers: Row[]; vacancies: Row[]; lesson_hours: Row[] } {
  const workforce: Row[] = [];
  const vacancies: Row[] = [];
  const lessonHours: Row[] = [];
  const year = agg.year;
  for (const l of region.locations) {
    for (let s = 0; s < N_SUBJ; s++) {
      const c = l.index * N_SUBJ + s;
      for (let b = 0; b < N_BAND; b++) {
        const k = c * N_BAND + b;
        if (agg.workforceHeadcount[k] > 0)
          workforce.push([
            l.locationId,
            SUBJECTS[s].subjectId,
            AGE_BANDS[b],
            year,
            agg.workforceHeadcount[k],
            agg.workforceFte[k] / 10,
          ]);
      }
      if (agg.demand[c] > 0) {
        vacancies.push([
          l.locationId,
          SUBJECTS[s].subjectId,
          year,
          agg.opened[c],
          agg.unfilled[c],
          agg.unfilledFte[c] / 10,
        ]);
        lessonHours.push([l.locationId, SUBJECTS[s].subjectId, year, agg.hours[c], agg.unqualifiedHours[c]]);
      }
    }
  }
  const hires: Row[] = [];
  const leavers: Row[] = [];
  for (const board of region.boards) {
    for (let s = 0; s < N_SUBJ; s++) {
      for (let src = 0; src < N_SRC; src++) {
        const k = (board.index * N_SUBJ + s) * N_SRC + src;
        if (agg.hiresHeadcount[k] > 0)
          hires.push([
            board.boardId,
            SUBJECTS[s].subjectId,
            year,
            HIRE_SOURCES[src],
            agg.hiresHeadcount[k],
            agg.hiresFte[k] / 10,
          ]);
      }
      for (let b = 0; b < N_BAND; b++)
        for (let r = 0; r < 2; r++) {
          const k = ((board.index * N_SUBJ + s) * N_BAND + b) * 2 + r;
          if (agg.leaversHeadcount[k] > 0)
            leavers.push([
              board.boardId,
              SUBJECTS[s].subjectId,
              AGE_BANDS[b],
              year,
              LEAVER_REASONS[r],
              agg.leaversHeadcount[k],
              agg.leaversFte[k] / 10,
            ]);
        }
    }
  }
  return { workforce, hires, leavers, vacancies, lesson_hours: lessonHours };
}
