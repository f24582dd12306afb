import type { DataSource } from '$lib/site/data-source';

/** Which data are in use, as "Gegevens in gebruik" names them. */
export type InUseKind = 'duo-files' | 'own' | 'real' | 'builtin';

/**
 * Which data are in use: the tables the DUO route built from the reader's DUO files (every own table
 * has an origin), the reader's own tables, the real-data set or the synthetic example.
 * @param ownTables the reader's tables in use, or null for none
 * @param source the base dataset in use
 * @returns the kind of data in use
 * @example inUseKind(null, 'duo') // 'real'
 */
export function inUseKind(ownTables: readonly { origin?: unknown }[] | null, source: DataSource): InUseKind {
  if (ownTables) return ownTables.every((t) => t.origin) ? 'duo-files' : 'own';
  return source === 'duo' ? 'real' : 'builtin';
}
