import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load.js';
import { upgradeStore } from '../store/upgrade.js';
import { fail, withDatabase } from './database.js';

/**
 * `npm run data:load [-- --force]`: loads the dataset files into the service's Neo4j (NEO4J_URI,
 * or the project's own), as `npm start` does; `--force` loads even when the files are unchanged.
 */
const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });

await withDatabase(async (db, config) => {
  // The loader writes the current model: an older store is upgraded first, a newer one refused.
  await upgradeStore(db, { progress: (message) => console.log(message) });
  await loadDataset(db, config.dataDir, { force: values.force, progress: (message) => console.log(message) });
}).catch(fail);
