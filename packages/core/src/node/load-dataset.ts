import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../schema/types.js';
import type { DataPackageDescriptor } from '../io/dataset-from-package.js';
import { datasetFromPackage } from '../io/dataset-from-package.js';

/**
 * Read a dataset folder with a `datapackage.json` (Node only).
 * Each CSV is parsed with the types of its Table Schema; errors name file, row, column, value and what was expected.
 * @param dir folder that holds datapackage.json and the CSV files
 * @returns the normalised dataset
 * @example
 * import { loadDataset } from '@opgave/core/node';
 * const data = await loadDataset('data/rotterdam');
 */
export async function loadDataset(dir: string): Promise<Dataset> {
  const file = join(dir, 'datapackage.json');
  let descriptor: DataPackageDescriptor;
  try {
    descriptor = JSON.parse(await readFile(file, 'utf8')) as DataPackageDescriptor;
  } catch (error) {
    throw new Error(`${file}: cannot read data package (${(error as Error).message})`, { cause: error });
  }
  return datasetFromPackage(descriptor, (path) => readFile(join(dir, path), 'utf8'));
}
