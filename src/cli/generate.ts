import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadDataset } from '../data/load.js';
import { createLogger } from '../logger.js';
import { clearGenerated, compareBatchWithSingleRows, DEFAULT_BATCH_SIZE, generateStates, graphSize } from '../synthetic/write.js';
import { openDatabase } from './database.js';

/**
 * `npm run generate -- --states N [--clear] [--compare] [--batch-size R] [--heap 2g] [--page-cache 2g]`
 *
 * Adds synthetic States s001..sNNN on top of the real dataset in the Neo4j `npm start` uses
 * (NEO4J_URI, or the project's own). `--clear` first removes every generated entity; `--compare`
 * also loads one sample State one row per transaction and in batches, and prints both rates.
 */
const { values } = parseArgs({
  options: {
    states: { type: 'string', default: '10' },
    clear: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    heap: { type: 'string', default: '2g' },
    'page-cache': { type: 'string', default: '2g' },
  },
});

const states = Number(values.states);
const batchSize = Number(values['batch-size']);
if (!Number.isInteger(states) || states < 0 || states > 999) fail('--states must be a whole number from 0 to 999');
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) fail('--batch-size must be from 1 to 100000');

const config = loadConfig();
const logger = createLogger({ logLevel: 'warn' });
const say = (message: string) => console.log(message);
const database = await openDatabase(config, logger, { heap: values.heap, pageCache: values['page-cache'], say });
const { db } = database;
try {
  if (config.loadData !== 'never') await loadDataset(db, config.dataDir, { progress: say });
  if (values.clear) say(`Removed ${(await clearGenerated(db, say)).toLocaleString('en')} generated entities`);
  if (values.compare) {
    const c = await compareBatchWithSingleRows(db, { batchSize });
    say(
      `Load comparison on one sample State (${c.rows.toLocaleString('en')} rows): one row per transaction ${rate(c.single.rowsPerSecond)}, ` +
        `UNWIND batches of ${batchSize} ${rate(c.batched.rowsPerSecond)}: ${c.ratio.toFixed(1)}× faster`,
    );
  }
  const result = states > 0 ? await generateStates(db, { states, batchSize, log: say }) : undefined;
  if (result?.added) {
    say(
      `Loaded ${result.added} State${result.added === 1 ? '' : 's'} (${result.rows.toLocaleString('en')} rows) in ${result.seconds.toFixed(1)} s: ${rate(result.rowsPerSecond)}`,
    );
  }
  const size = await graphSize(db);
  say(`The graph now holds ${size.nodes.toLocaleString('en')} nodes and ${size.relationships.toLocaleString('en')} relationships`);
} finally {
  await database.close();
}

function rate(rowsPerSecond: number): string {
  return `${Math.round(rowsPerSecond).toLocaleString('en')} rows/s`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
