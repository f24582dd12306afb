import { writeFileSync } from 'node:fs';
import { DATA_DOC, dataDocWithTable } from './data-doc.js';

writeFileSync(DATA_DOC, await dataDocWithTable());
