import type { FetchedDataset } from '$lib/db/fetch-dataset';
import type { OwnTable } from './own-table';

/**
 * A dataset with some of its tables replaced by the reader's own; the other tables stay as they are.
 * The package records which resources are the reader's (`opgave.own_data`), keeps its provenance map
 * (`opgave.provenance`) in step (a table's `origin`, or no entry for a reader's own file) and is no longer
 * synthetic when every resource is replaced.
 * @param base the dataset in use (or the built-in one)
 * @param tables the reader's tables, at most one per resource
 * @returns a new dataset; `base` is not changed
 * @example withOwnTables(builtin, [{ resource: 'pupils', path: 'pupils.csv', bytes, provenance }])
 */
export function withOwnTables(base: FetchedDataset, tables: readonly OwnTable[]): FetchedDataset {
  const files = new Map(base.files);
  for (const table of tables) {
    const resource = base.pkg.resources.find((r) => r.name === table.resource);
    if (!resource) throw new Error(`withOwnTables: the dataset has no resource "${table.resource}"`);
    files.set(resource.path, table.bytes);
  }
  const own = tables.map((t) => t.resource);
  const everything = base.pkg.resources.every((r) => own.includes(r.name));
  // The provenance map follows the tables: the DUO route's origin, or none for a reader's own file.
  const provenance = { ...((base.pkg.opgave?.provenance as Record<string, unknown> | undefined) ?? {}) };
  for (const table of tables) {
    if (table.origin) provenance[table.resource] = table.origin;
    else delete provenance[table.resource];
  }
  return {
    url: base.url,
    files,
    pkg: {
      ...base.pkg,
      opgave: {
        ...base.pkg.opgave,
        ...(everything ? { synthetic: false } : {}),
        ...(Object.keys(provenance).length > 0 ? { provenance } : {}),
        own_data: own,
      },
    },
  };
}

/**
 * Merges newly imported tables into those already in use: a new table of the same resource wins.
 * @param current the reader's tables in use (or none)
 * @param added the tables just imported
 * @returns the tables to use, in the order of first appearance
 * @example mergeOwnTables([pupilsV1], [pupilsV2]) // [pupilsV2]
 */
export function mergeOwnTables(current: readonly OwnTable[], added: readonly OwnTable[]): OwnTable[] {
  const byResource = new Map(current.map((t) => [t.resource, t]));
  for (const t of added) byResource.set(t.resource, t);
  return [...byResource.values()];
}
