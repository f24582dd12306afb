export { loadDataset } from './load-dataset.js';
