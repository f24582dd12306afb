import { expect, test } from 'vitest';
import { clusterOverview, type OverviewInput } from './cluster-overview';

const small: OverviewInput = {
  regions: [{ region_id: 'R1', name: 'Regio' }],
  clusters: [
    { cluster_id: 'C2', region_id: 'R1', name: 'Zuid' },
    { cluster_id: 'C1', region_id: 'R1', name: 'Noord' },
  ],
  locations: [
    { location_id: 'A', name: 'a', board_id: 'B', cluster_id: 'C1', sector: 'vo', partnership_member: true },
    { location_id: 'B', name: 'b', board_id: 'B', cluster_id: 'C1', sector: 'vo', partnership_member: true },
    { location_id: 'C', name: 'c', board_id: 'B', cluster_id: 'C2', sector: 'vo', partnership_member: true },
  ],
  pupils: [
    { location_id: 'A', year: 2024, pupils: 100 },
    { location_id: 'B', year: 2024, pupils: 50 },
    { location_id: 'A', year: 2025, pupils: 110 },
    // not a location of the dataset: left out
    { location_id: 'X', year: 2024, pupils: 999 },
  ],
  workforce: [
    { location_id: 'A', subject_id: 's', age_band: '25-29', year: 2024, headcount: 2, fte: 1.2 },
    { location_id: 'B', subject_id: 's', age_band: '30-34', year: 2024, headcount: 1, fte: 0.8 },
    // a year with workforce but no pupils in cluster C2
    { location_id: 'C', subject_id: 's', age_band: '30-34', year: 2025, headcount: 3, fte: 2.0004 },
  ],
};

test('clusterOverview(data) sums pupils and FTE per cluster and year, by cluster then year', () => {
  expect(clusterOverview(small)).toEqual({
    regions: [{ regionId: 'R1', name: 'Regio' }],
    clusters: [
      { clusterId: 'C1', name: 'Noord', regionId: 'R1', locations: 2 },
      { clusterId: 'C2', name: 'Zuid', regionId: 'R1', locations: 1 },
    ],
    series: [
      {
        clusterId: 'C1',
        clusterName: 'Noord',
        year: 2024,
        pupils: 150,
        locations: 2,
        teacherFte: 2,
        teacherHeadcount: 3,
      },
      {
        clusterId: 'C1',
        clusterName: 'Noord',
        year: 2025,
        pupils: 110,
        locations: 1,
        teacherFte: 0,
        teacherHeadcount: 0,
      },
      {
        clusterId: 'C2',
        clusterName: 'Zuid',
        year: 2025,
        pupils: 0,
        locations: 0,
        teacherFte: 2,
        teacherHeadcount: 3,
      },
    ],
  });
});
