export { loadDataset } from './load-dataset.js';
export { writeResults } from './write-results.js';
