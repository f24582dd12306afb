import { expect, test } from 'vitest';
import type { DataPackage } from '$lib/db/datapackage';
import { originLabel, resourceOrigin, yearsText } from './resource-origin';

const real: DataPackage = {
  resources: [],
  opgave: {
    synthetic: false,
    provenance: {
      pupils: { kind: 'real', source: 'DUO 01.-leerlingen…2019.csv', years: [2019] },
      workforce: { kind: 'estimated', source: 'synthetic FTE per pupil × real pupils' },
      subjects: { kind: 'synthetic', source: 'data/rotterdam' },
    },
  },
};

test('resourceOrigin(pkg, resource, null) reads the real-data set’s provenance map', () => {
  expect(resourceOrigin(real, 'pupils', null)).toEqual({
    kind: 'real',
    source: 'DUO 01.-leerlingen…2019.csv',
    years: [2019],
  });
  expect(resourceOrigin(real, 'workforce', null).kind).toBe('estimated');
  expect(resourceOrigin(real, 'subjects', null).kind).toBe('synthetic');
});

test('resourceOrigin(pkg, resource, file) names the reader’s file when the map does not mark it', () => {
  expect(resourceOrigin(real, 'vacancies', 'vacatures.xlsx')).toEqual({
    kind: 'own',
    source: 'vacatures.xlsx',
  });
});

test('resourceOrigin(pkg, resource, null) calls a resource of a package without a map synthetic', () => {
  expect(resourceOrigin({ resources: [], opgave: { synthetic: true } }, 'pupils', null)).toEqual({
    kind: 'synthetic',
    source: '@opgave/synthetic',
  });
});

test('originLabel(origin, lang) and yearsText(years) write runs of years with a dash', () => {
  expect(yearsText([2024, 2019, 2020, 2021, 2023])).toBe('2019–2021, 2023–2024');
  expect(originLabel({ kind: 'real', source: '', years: [2019, 2020, 2021, 2022, 2023, 2024] }, 'nl')).toBe(
    'echt (DUO, 2019–2024)',
  );
  expect(originLabel({ kind: 'estimated', source: 'x' }, 'nl')).toBe('geschat');
  expect(originLabel({ kind: 'synthetic', source: 'x' }, 'en')).toBe('synthetic');
});
