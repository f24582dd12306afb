import type { DataPackage } from '$lib/db/datapackage';
import type { Lang } from '$lib/i18n/index.svelte';

/**
 * Where the figures of one resource come from: `real` (published, DUO), `estimated` (derived from the real
 * pupils and the synthetic set's ratios), `synthetic` (the seeded simulation), or `own` (a file the reader
 * chose, as it is). `source` says from what, `years` which years are real.
 */
export interface ResourceOrigin {
  kind: 'real' | 'estimated' | 'synthetic' | 'own';
  source: string;
  years?: number[];
}

/** The provenance map a real-data set carries in `datapackage.json` → `opgave.provenance`. */
type ProvenanceMap = Record<string, { kind?: unknown; source?: unknown; years?: unknown }>;

/**
 * The origin of a resource of the dataset in use: the dataset's provenance map (the real-data set marks
 * every resource; `withOwnTables` keeps it in step with the reader's tables), else the reader's file,
 * else synthetic.
 * @param pkg the data package in use
 * @param resource the resource's name
 * @param ownFile the reader's file that replaced it, if any
 * @returns the origin
 * @example resourceOrigin(pkg, 'pupils', null) // { kind: 'real', source: 'DUO …', years: [2019] }
 */
export function resourceOrigin(pkg: DataPackage, resource: string, ownFile: string | null): ResourceOrigin {
  const entry = (pkg.opgave?.provenance as ProvenanceMap | undefined)?.[resource];
  if (entry && (entry.kind === 'real' || entry.kind === 'estimated' || entry.kind === 'synthetic')) {
    const years = Array.isArray(entry.years) ? entry.years.map(Number).filter(Number.isFinite) : undefined;
    return { kind: entry.kind, source: String(entry.source ?? ''), ...(years ? { years } : {}) };
  }
  if (ownFile) return { kind: 'own', source: ownFile };
  return { kind: 'synthetic', source: pkg.opgave?.generator ?? '@opgave/synthetic' };
}

/**
 * Years as the reader writes them: a run as `2019–2024`, others with commas.
 * @param years ascending or not
 * @returns `2019`, `2019–2021`, `2019, 2021`
 * @example yearsText([2021, 2019, 2020]) // '2019–2021'
 */
export function yearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * The short label of an origin, in the page's language: `echt (DUO, 2019)`, `geschat (…)`,
 * `synthetisch`, `eigen bestand`.
 * @param origin from {@link resourceOrigin}
 * @param lang the page's language
 * @returns the label
 * @example originLabel({ kind: 'real', source: 'DUO', years: [2019] }, 'nl') // 'echt (DUO, 2019)'
 */
export function originLabel(origin: ResourceOrigin, lang: Lang): string {
  const nl = lang === 'nl';
  if (origin.kind === 'real') {
    const years = origin.years?.length ? `, ${yearsText(origin.years)}` : '';
    return `${nl ? 'echt' : 'real'} (DUO${years})`;
  }
  if (origin.kind === 'estimated') return nl ? 'geschat' : 'estimated';
  if (origin.kind === 'own') return nl ? 'eigen bestand' : 'own file';
  return nl ? 'synthetisch' : 'synthetic';
}
