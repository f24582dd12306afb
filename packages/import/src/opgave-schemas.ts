import { RESOURCE_NAMES, tableSchema, type ResourceName } from '@opgave/contract';
import type { TableSchema } from './types.js';

/** Names of the resources of an Opgave dataset, in an order where every foreign key points backwards. */
export type OpgaveResource = ResourceName;

/**
 * The resource names in dependency order (from the table contract, `@opgave/contract`).
 * @example
 * OPGAVE_RESOURCES[0] // 'regions'
 */
export const OPGAVE_RESOURCES: readonly OpgaveResource[] = RESOURCE_NAMES;

/**
 * The Table Schema of every Opgave resource, derived from the table contract (`@opgave/contract`), as
 * written to datapackage.json. Keys in dependency order: a resource only references resources before it.
 * @example
 * OPGAVE_SCHEMAS.pupils.primaryKey // ['location_id', 'year']
 */
export const OPGAVE_SCHEMAS: Record<OpgaveResource, TableSchema> = Object.fromEntries(
  RESOURCE_NAMES.map((name) => [name, tableSchema(name)]),
) as Record<OpgaveResource, TableSchema>;
