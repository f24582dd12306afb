import { formatCsv } from '@opgave/contract';
import { OPGAVE_SCHEMAS, type OpgaveResource } from './opgave-schemas.js';
import type { TableSchema } from './types.js';

/**
 * Example rows per resource (from the synthetic reference dataset data/rotterdam: fictitious). The years of
 * a yearly resource leave no gap, or the template itself would fail the yearly-series check.
 */
const EXAMPLES: Record<OpgaveResource, string[][]> = {
  regions: [['R01', 'Synthetische onderwijsregio Rotterdam vo-mbo']],
  clusters: [
    ['R01-C1', 'R01', 'Cluster Noord'],
    ['R01-C2', 'R01', 'Cluster Zuid'],
    ['R01-C3', 'R01', 'Cluster West'],
  ],
  sectors: [
    ['vo', 'Voortgezet onderwijs', '750'],
    ['vso', 'Voortgezet speciaal onderwijs', '750'],
    ['mbo', 'Middelbaar beroepsonderwijs', '850'],
  ],
  boards: [
    ['B0001', 'Stichting Maasoever Onderwijs', 'vo', 'R01', 'true'],
    ['B0002', 'Scholengroep Nieuwe Haven', 'vo', 'R01', 'true'],
    ['B0010', 'Stichting Ankerpunt Speciaal Onderwijs', 'vso', 'R01', 'true'],
  ],
  locations: [
    [
      '90AA00',
      'Maasoever College Kastanjehof',
      'B0001',
      'R01-C1',
      'vo',
      'GM0599',
      'Rotterdam',
      'true',
      '51.91592',
      '4.53875',
    ],
    [
      '90AA01',
      'Maasoever Scholengemeenschap Kastanjehof',
      'B0001',
      'R01-C1',
      'vo',
      'GM0599',
      'Rotterdam',
      'true',
      '51.9555',
      '4.44641',
    ],
    [
      '90BF00',
      'Zuiderpark Lyceum Kreekrug',
      'B0005',
      'R01-C2',
      'vo',
      'GM0599',
      'Rotterdam',
      'true',
      '51.89198',
      '4.47076',
    ],
  ],
  institutes: [
    ['I001', 'Hogeschool Nieuwe Maas', 'hbo', 'R01'],
    ['I002', 'Universiteit Maasland', 'wo', 'R01'],
    ['I003', 'Technische Universiteit Rijnmond', 'wo', 'R01'],
  ],
  programmes: [
    ['hbo-bachelor-dt', 'hbo', 'Lerarenopleiding tweedegraads bachelor, deeltijd', '4'],
    ['hbo-bachelor-vt', 'hbo', 'Lerarenopleiding tweedegraads bachelor, voltijd', '4'],
    ['hbo-pdg', 'hbo', 'Pedagogisch-didactisch getuigschrift (mbo)', '1'],
  ],
  subjects: [
    ['mbo-eco', 'mbo', 'Economie en administratie', 'Business and administration'],
    [
      'mbo-gen',
      'mbo',
      'Generieke vakken (Nederlands, Engels, rekenen, burgerschap)',
      'General subjects (Dutch, English, numeracy, citizenship)',
    ],
    ['vo-in', 'vo', 'Informatica', 'Computer science'],
  ],
  pupils: [
    ['90AA00', '2014', '570'],
    ['90AA00', '2015', '582'],
    ['90BF00', '2016', '905'],
  ],
  pupil_forecast: [
    ['90AA00', '2018', '2019', 'low', '614.9'],
    ['90AA00', '2018', '2019', 'mid', '622.4'],
    ['90BF00', '2018', '2030', 'low', '762.2'],
  ],
  workforce: [
    ['90AA00', 'vo-ak', '25-29', '2021', '1', '0.9'],
    ['90AA00', 'vo-ak', '25-29', '2022', '1', '0.9'],
    ['90BA02', 'vo-wi', '35-39', '2021', '2', '1.5'],
  ],
  intake: [
    ['I001', 'hbo-bachelor-dt', 'vo-ak', '2014', '4'],
    ['I001', 'hbo-bachelor-dt', 'vo-ak', '2015', '6'],
    ['I001', 'hbo-master', 'vo-ak', '2023', '10'],
  ],
  placements: [
    ['I001', 'hbo-bachelor-dt', '90AA00', 'vo-ec', '2022', '1'],
    ['I001', 'hbo-bachelor-dt', '90AA00', 'vo-en', '2021', '2'],
    ['I001', 'hbo-bachelor-vt', '90BB00', 'vo-ne', '2021', '1'],
  ],
  graduates: [
    ['I001', 'hbo-bachelor-dt', 'vo-ak', '2014', '', '1'],
    ['I001', 'hbo-bachelor-dt', 'vo-ak', '2014', 'B0001', '3'],
    ['I001', 'hbo-bachelor-vt', 'vso-pr', '2019', 'B0008', '3'],
  ],
  hires: [
    ['B0001', 'vo-ak', '2014', 'own_placement', '2', '1.4'],
    ['B0001', 'vo-ak', '2014', 'other_graduate', '2', '1'],
    ['B0005', 'vo-fa', '2014', 'other', '1', '0.6'],
  ],
  leavers: [
    ['B0001', 'vo-ak', '<25', '2015', 'other', '1', '0.3'],
    ['B0001', 'vo-ak', '<25', '2016', 'other', '1', '0.3'],
    ['B0005', 'vo-en', '60-64', '2016', 'other', '1', '0.8'],
  ],
  vacancies: [
    ['90AA00', 'vo-ak', '2014', '0', '0', '0'],
    ['90AA00', 'vo-ak', '2015', '0', '0', '0'],
    ['90AY00', 'vo-zw', '2014', '2', '0', '0'],
  ],
  lesson_hours: [
    ['90AA00', 'vo-ak', '2014', '1528', '0'],
    ['90AA00', 'vo-ak', '2015', '1425', '0'],
    ['90AY00', 'vo-zw', '2014', '3075', '0'],
  ],
};

/**
 * A CSV template for a resource: the header of its Table Schema and two or three example rows, in Opgave's
 * CSV format (comma, UTF-8, decimal point). The examples come from the synthetic reference dataset and
 * pass validation.
 * @param resource an Opgave resource
 * @returns CSV text ending in a newline
 * @example
 * csvTemplate('pupils') // 'location_id,year,pupils\n90AA00,2014,570\n…'
 */
export function csvTemplate(resource: OpgaveResource): string {
  const schema: TableSchema = OPGAVE_SCHEMAS[resource];
  const lines = [schema.fields.map((f) => f.name), ...EXAMPLES[resource]];
  return formatCsv(lines);
}

/**
 * Describes a template's columns in words (for a help text beside the download): name, type, unit and
 * constraints.
 * @param resource an Opgave resource
 * @returns one line per column
 * @example
 * describeTemplate('pupils')[2] // 'pupils — whole number, pupils, required, at least 0'
 */
export function describeTemplate(resource: OpgaveResource): string[] {
  return OPGAVE_SCHEMAS[resource].fields.map((f) => {
    const c = f.constraints ?? {};
    const parts = [
      { integer: 'whole number', number: 'number', year: 'year', boolean: 'true/false', string: 'text' }[
        f.type
      ],
      f.unit,
      c.required ? 'required' : 'optional',
      c.minimum !== undefined ? `at least ${c.minimum}` : undefined,
      c.maximum !== undefined ? `at most ${c.maximum}` : undefined,
      c.enum ? `one of ${c.enum.join(', ')}` : undefined,
      c.pattern ? `form ${c.pattern}` : undefined,
    ].filter(Boolean);
    return `${f.name} — ${parts.join(', ')}`;
  });
}
