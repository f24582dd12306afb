import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reads the clusters or boards of the dataset copied into `static/data/rotterdam/` (build time only:
 * the ids of the prerendered pages and their names for the page titles).
 * @param resource `clusters` or `boards`
 * @returns id and name of each, in file order
 * @example readUnits('clusters') // [{ id: 'R01-C1', name: 'Cluster Noord' }, …]
 */
export function readUnits(resource: 'clusters' | 'boards'): { id: string; name: string }[] {
  const text = readFileSync(resolve('static/data/rotterdam', `${resource}.csv`), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const idColumn = columns.indexOf(resource === 'clusters' ? 'cluster_id' : 'board_id');
  const nameColumn = columns.indexOf('name');
  return lines.map((line) => {
    const fields = splitCsvLine(line);
    return { id: fields[idColumn], name: fields[nameColumn] };
  });
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}
