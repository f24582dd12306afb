import type { Dataset } from '../schema/types.js';
import type { DataPackageDescriptor } from './dataset-from-package.js';
import { datasetFromPackage } from './dataset-from-package.js';

/** A file as the browser gives it (`File`, an item of a `FileList`); Node 20's and Deno's `File` fit too. */
export interface TextFile {
  name: string;
  /** Path inside a chosen folder (`<input webkitdirectory>`), e.g. `rotterdam/pupils.csv`. */
  webkitRelativePath?: string;
  text(): Promise<string>;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Read a dataset from files the user picked or dropped: a `datapackage.json` and the CSV files it lists
 * (browser-safe: only `File.text()` is used). Files are matched to the descriptor's paths by their relative
 * path or, failing that, by their name.
 * @param files the files, e.g. `input.files` of an `<input type="file" multiple>` or a folder picker
 * @returns the normalised dataset
 * @example
 * input.addEventListener('change', async () => { data = await loadDatasetFromFiles(input.files); });
 */
export async function loadDatasetFromFiles(
  files: Iterable<TextFile> | ArrayLike<TextFile>,
): Promise<Dataset> {
  const list = Array.from(files as ArrayLike<TextFile>);
  const names = list.map((f) => f.name);
  const descriptorFile = list.find((f) => f.name === 'datapackage.json');
  if (!descriptorFile) {
    throw new Error(
      `loadDatasetFromFiles: no datapackage.json among the ${list.length} files (${names.join(', ') || 'none'})`,
    );
  }
  let descriptor: DataPackageDescriptor;
  try {
    descriptor = JSON.parse(await descriptorFile.text()) as DataPackageDescriptor;
  } catch (error) {
    throw new Error(`datapackage.json: not a JSON data package (${(error as Error).message})`, {
      cause: error,
    });
  }
  const folder = descriptorFile.webkitRelativePath?.includes('/')
    ? descriptorFile.webkitRelativePath.slice(0, descriptorFile.webkitRelativePath.lastIndexOf('/') + 1)
    : '';
  return datasetFromPackage(descriptor, (path) => {
    const file =
      list.find((f) => f.webkitRelativePath && f.webkitRelativePath === folder + path) ??
      list.find((f) => f.name === baseName(path));
    if (!file)
      throw new Error(`datapackage.json lists ${path}, which is not among the files (${names.join(', ')})`);
    return file.text();
  });
}
