export { loadDataset } from './load-dataset.js';
export { writeResults } from './write-results.js';
export { simulateParallel } from './simulate-parallel.js';
export type { SimulateParallelOptions } from './simulate-parallel.js';
