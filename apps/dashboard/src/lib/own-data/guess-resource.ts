import { normaliseColumnName, suggestColumnMapping, type TableSchema } from '@opgave/import';

/**
 * Guesses which resource a file holds: first by its name (`pupils.csv`, `Pupils 2024.xlsx`), else by
 * the resource whose required columns its header covers best (names and Dutch/English synonyms).
 * @param options `file`: the file name; `header`: its columns; `schemas`: resource name → Table Schema
 * @returns the resource's name, or null when no required column matches
 * @example guessResource({ file: 'leerlingen.csv', header: ['Vestiging', 'Jaar', 'Aantal leerlingen'], schemas })
 * // 'pupils'
 */
export function guessResource({
  file,
  header,
  schemas,
}: {
  file: string;
  header: readonly string[];
  schemas: Readonly<Record<string, TableSchema>>;
}): string | null {
  const names = Object.keys(schemas);
  const stem = normaliseColumnName(file.replace(/\.[^.]*$/, ''));
  const byName = names
    .filter((n) => stem === n || stem.startsWith(`${n}_`) || stem.endsWith(`_${n}`))
    .sort((a, b) => b.length - a.length)[0];
  if (byName) return byName;
  let best: string | null = null;
  let bestScore = 0;
  for (const name of names) {
    const schema = schemas[name];
    const required = schema.fields.filter((f) => f.constraints?.required);
    if (required.length === 0) continue;
    const { mapping } = suggestColumnMapping(header, schema);
    const matched = required.filter((f) => mapping[f.name]).length;
    // Complete matches first, then the share of required columns found, then more columns matched.
    const score = (matched === required.length ? 1 : 0) + matched / required.length + matched / 1000;
    if (matched > 0 && score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
