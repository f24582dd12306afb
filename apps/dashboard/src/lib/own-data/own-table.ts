import type { Provenance } from '@opgave/import';
import type { ResourceOrigin } from '$lib/site/resource-origin';

/**
 * One of the reader's own tables, validated and ready to use: the resource it replaces, its file in
 * the dataset, its rows as CSV in Opgave's format (comma, UTF-8, decimal point) and where it came from.
 */
export interface OwnTable {
  /** The resource it replaces (`pupils`). */
  resource: string;
  /** The resource's file in the dataset (`pupils.csv`). */
  path: string;
  /** The validated rows, written again as CSV in Opgave's own format. */
  bytes: Uint8Array;
  /** The source file the reader chose: name, import time, SHA-256 of its bytes, format, rows. */
  provenance: Provenance;
  /**
   * Real, estimated or synthetic, for tables the DUO route built (`realPupilsDataset`); absent for a
   * reader's own file, which is shown as such.
   */
  origin?: ResourceOrigin;
}
