import type { BaselinePoint, BaselineUnit } from '../src/baseline-unit.js';

/** A row of the dashboard's cluster series (its `ClusterYear`, from SQL). */
interface ClusterYear {
  clusterId: string;
  clusterName: string;
  year: number;
  pupils: number;
  locations: number;
  teacherFte: number;
  teacherHeadcount: number;
}

/** Three clusters, 2018–2025, with round, hand-made numbers. */
export const clusterSeries: ClusterYear[] = [
  { clusterId: 'C1', clusterName: 'Cluster Noord', base: 40_000, fte: 2_500, step: 300 },
  { clusterId: 'C2', clusterName: 'Cluster Zuid', base: 55_000, fte: 3_100, step: 500 },
  { clusterId: 'C3', clusterName: 'Cluster West', base: 39_000, fte: 2_400, step: -100 },
].flatMap(({ clusterId, clusterName, base, fte, step }) =>
  [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({
    clusterId,
    clusterName,
    year,
    pupils: base + step * i,
    locations: 40,
    teacherFte: fte + (step / 20) * i,
    teacherHeadcount: Math.round((fte + (step / 20) * i) * 1.25),
  })),
);

export const clusterColors = new Map([
  ['C1', '#0072B2'],
  ['C2', '#E69F00'],
  ['C3', '#009E73'],
]);

function point(
  year: number,
  phase: BaselinePoint['phase'],
  demandFte: number,
  supplyFte: number,
): BaselinePoint {
  const totalShortageFte = demandFte - supplyFte;
  const unfilledFte = Math.round(totalShortageFte * 0.1 * 10) / 10;
  return {
    year,
    phase,
    demandFte,
    supplyFte,
    totalShortageFte,
    hiddenShortageFte: totalShortageFte - unfilledFte,
    unfilledFte,
    shortagePct: (totalShortageFte / demandFte) * 100,
  };
}

/** A region measured 2014–2020 and forecast 2020–2030: the shortage dips, then grows. */
export const regionUnit: BaselineUnit = {
  level: 'region',
  unitId: 'R01',
  name: 'Regio',
  history: [2014, 2015, 2016, 2017, 2018, 2019, 2020].map((year, i) =>
    point(year, 'history', 8_000 + 100 * i, 7_700 + 90 * i),
  ),
  forecast: [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year, i) =>
    point(year, 'forecast', 8_600 + 20 * i, 8_240 - 30 * i),
  ),
};

export const baselineFrame = { historyStart: 2014, baseYear: 2020, firstForecastYear: 2021, lastYear: 2030 };

/** Formatting fixed for the snapshots: plain, locale-independent. */
export const fixed1 = (value: number) => value.toFixed(1);
export const whole = (value: number) => String(Math.round(value));
export const percent = (value: number) => `${value.toFixed(1)}%`;
