import type { Dataset, DatasetMeta, ResourceName } from '../schema/types.js';
import type { ColumnType } from './parse-csv.js';
import { parseCsv } from './parse-csv.js';
import { RESOURCE_COLUMNS, RESOURCE_NAMES, RESOURCE_OPTIONAL_COLUMNS } from '../schema/resources.js';
import { toDataset } from '../schema/to-dataset.js';

/** The parts of a Frictionless `datapackage.json` that Opgave reads. */
export interface DataPackageDescriptor {
  name?: string;
  resources: { name: string; path: string; schema?: { fields?: { name: string; type?: string }[] } }[];
  opgave?: { history_start?: number; history_end?: number; synthetic?: boolean; [key: string]: unknown };
}

function typesOf(resource: DataPackageDescriptor['resources'][number]): Record<string, ColumnType> {
  const fields = resource.schema?.fields;
  const known = RESOURCE_COLUMNS[resource.name as ResourceName] ?? {};
  if (!fields) return known;
  const out: Record<string, ColumnType> = {};
  for (const f of fields) {
    const t = f.type ?? 'string';
    out[f.name] = t === 'integer' || t === 'number' || t === 'boolean' ? t : 'string';
  }
  return out;
}

/** Options of {@link datasetFromPackage}. */
export interface DatasetFromPackageOptions {
  /**
   * Resources parsed already with {@link parseResource} (say, the few that a first view needs, read before
   * the rest): used as they are, not read or parsed again.
   */
  parsed?: Partial<Record<ResourceName, Record<string, unknown>[]>>;
}

/**
 * Parse one resource of a data package exactly as {@link datasetFromPackage} does (column types from its Table
 * Schema, the contract's required columns, the same errors), so that a caller can read some tables first and
 * hand them on in `parsed`.
 * @param descriptor the parsed datapackage.json
 * @param name the resource
 * @param readText returns the text of a resource file by its `path`
 * @returns the resource's rows
 * @example
 * const pupils = parseResource(descriptor, 'pupils', (path) => texts[path]);
 * const data = await datasetFromPackage(descriptor, (path) => texts[path], { parsed: { pupils } });
 */
export function parseResource(
  descriptor: DataPackageDescriptor,
  name: ResourceName,
  readText: (path: string) => string,
): Record<string, unknown>[] {
  const resource = resourceOf(descriptor, name);
  return parseText(resource, name, readText(resource.path));
}

function resourceOf(descriptor: DataPackageDescriptor, name: ResourceName) {
  const resource = descriptor.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`datapackage.json: resource "${name}" is missing`);
  return resource;
}

function parseText(
  resource: DataPackageDescriptor['resources'][number],
  name: ResourceName,
  text: string,
): Record<string, unknown>[] {
  const required = Object.keys(RESOURCE_COLUMNS[name]);
  const expected = [
    ...required,
    ...(resource.schema?.fields?.map((f) => f.name) ?? RESOURCE_OPTIONAL_COLUMNS[name] ?? []),
  ];
  return parseCsv(text, {
    file: resource.path,
    types: typesOf(resource),
    columns: { required, expected },
  });
}

/**
 * Build a dataset from a data-package descriptor and the text of its CSV files (no I/O: works in any runtime).
 * Column types come from each resource's Table Schema; missing resources of the contract raise an error, and so
 * does an empty file or a header that lacks a column of the contract or has one that neither the contract nor the
 * resource's Table Schema lists (the error names the file, the columns and the expected ones).
 * @param descriptor the parsed datapackage.json
 * @param readText returns the text of a resource file by its `path`
 * @param options `parsed`: resources parsed already ({@link parseResource})
 * @returns the normalised dataset
 * @example
 * const data = await datasetFromPackage(descriptor, (path) => fetch(`/data/rotterdam/${path}`).then((r) => r.text()));
 */
export async function datasetFromPackage(
  descriptor: DataPackageDescriptor,
  readText: (path: string) => string | Promise<string>,
  { parsed = {} }: DatasetFromPackageOptions = {},
): Promise<Dataset> {
  const input: Record<string, unknown> = {};
  for (const name of RESOURCE_NAMES) {
    const resource = resourceOf(descriptor, name);
    input[name] = parsed[name] ?? parseText(resource, name, await readText(resource.path));
  }
  const o = descriptor.opgave ?? {};
  const meta: Partial<DatasetMeta> = { ...o };
  if (o.history_start != null) meta.historyStart = o.history_start;
  if (o.history_end != null) meta.historyEnd = o.history_end;
  input.meta = meta;
  return toDataset(input as Parameters<typeof toDataset>[0]);
}
