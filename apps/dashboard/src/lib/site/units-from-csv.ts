import { tokeniseCsv } from '@opgave/contract';

/**
 * The id and name of each row of a dataset's `clusters.csv` or `boards.csv` (quoted fields read as RFC 4180).
 * @param text the file's text
 * @param idColumn the column that holds the id: `cluster_id` or `board_id`
 * @returns id and name of each row, in file order
 * @example unitsFromCsv('cluster_id,name\nR01-C1,"Noord, Oost"\n', 'cluster_id') // [{ id: 'R01-C1', name: 'Noord, Oost' }]
 */
export function unitsFromCsv(text: string, idColumn: string): { id: string; name: string }[] {
  const { header, columns, rowCount } = tokeniseCsv(text);
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`unitsFromCsv: the header (${header.join(',')}) has no column ${name}`);
    return columns[at];
  };
  const ids = column(idColumn);
  const names = column('name');
  return Array.from({ length: rowCount }, (_, row) => ({ id: ids[row], name: names[row] }));
}
