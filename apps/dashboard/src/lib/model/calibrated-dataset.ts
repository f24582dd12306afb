import type { Params } from '@opgave/core';
import type { DatasetColumns } from './dataset-columns';

/**
 * A dataset read and calibrated by one worker, for another: its rows as columns (posted in a few typed
 * arrays, see `dataset-columns.ts`) and its parameters. The other worker neither parses the files nor
 * calibrates again.
 */
export interface CalibratedDataset {
  columns: DatasetColumns;
  params: Params;
}
