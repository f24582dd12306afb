/**
 * The municipalities of the Rotterdam area (CBS codes as DUO writes them in `GEMEENTENUMMER`), the same ten
 * as in the synthetic dataset's `locations.csv`: the area of the Onderwijsregio Rotterdam vo-mbo that this
 * site is built for.
 */
export const ROTTERDAM_AREA: readonly { code: string; name: string }[] = [
  { code: 'GM0489', name: 'Barendrecht' },
  { code: 'GM0502', name: 'Capelle aan den IJssel' },
  { code: 'GM0542', name: 'Krimpen aan den IJssel' },
  { code: 'GM0556', name: 'Maassluis' },
  { code: 'GM0597', name: 'Ridderkerk' },
  { code: 'GM0599', name: 'Rotterdam' },
  { code: 'GM0606', name: 'Schiedam' },
  { code: 'GM0622', name: 'Vlaardingen' },
  { code: 'GM1621', name: 'Lansingerland' },
  { code: 'GM1930', name: 'Nissewaard' },
];
