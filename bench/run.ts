import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { compareBatchWithSingleRows, DEFAULT_BATCH_SIZE, generateStates } from '../src/synthetic/write.js';
import { capture } from './capture.js';
import { startBenchDatabase } from './database.js';
import type { Target } from './traffic.js';
import { measure } from './measure.js';
import { cacheCounters, wireBytes } from './wire.js';
import { comparisonTable, scaleTable, writeResults } from './report.js';
import type { BenchResults, OperationResult, SizeResult } from './results.js';
import { buildServers, startServer, type RunningServer, type ServerName } from './servers.js';
import { round } from './stats.js';
import { benchVariables, SUITE } from './suite.js';

/**
 * `npm run bench -- [--states 1,10,50] [--compare-at 10] [--rounds 5] [--scale-rounds 3]
 *   [--duration 2] [--warmup 1] [--connections 1] [--ops a,b] [--skip-load-compare] [--show-plans] [--allow-differences]`
 *
 * The default run takes about 10 minutes; `--states 1,10,200` is the full scale run (about 15).
 *
 * Starts its own Neo4j, loads the dataset, then for each size (ascending) adds generated States
 * and measures the suite: this service against the raw driver running the same Cypher at every
 * size, and against @neo4j/graphql at the --compare-at sizes. Writes bench/results/latest.json
 * and latest.md and prints the tables. Before the peer is timed on an operation, its answer is
 * compared with the service's (bench/same-answer.ts); on a difference the operation is marked, no
 * ratio to the peer is reported, and the run exits with code 1 unless --allow-differences.
 */
const { values } = parseArgs({
  options: {
    states: { type: 'string', default: '1,10,50' },
    'compare-at': { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    'scale-rounds': { type: 'string', default: '3' },
    duration: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '1' },
    ops: { type: 'string' },
    heap: { type: 'string', default: '3g' },
    'page-cache': { type: 'string', default: '2g' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    'skip-load-compare': { type: 'boolean', default: false },
    'show-plans': { type: 'boolean', default: false },
    'allow-differences': { type: 'boolean', default: false },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'results') },
  },
});

const list = (text: string) =>
  text
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isInteger(x) && x >= 0);
const sizes = [...new Set(list(values.states))].sort((a, b) => a - b);
const compareAt = new Set(list(values['compare-at']));
const settings = {
  connections: Number(values.connections),
  rounds: Number(values.rounds),
  scaleRounds: Number(values['scale-rounds']),
  seconds: Number(values.duration),
  warmupSeconds: Number(values.warmup),
  heap: values.heap,
  pageCache: values['page-cache'],
  batchSize: Number(values['batch-size']),
};
const wanted = values.ops?.split(',').map((x) => x.trim());
const operations = SUITE.filter((o) => (wanted ? wanted.includes(o.name) : o.bench));
if (sizes.length === 0 || operations.length === 0) throw new Error('nothing to measure: check --states and --ops');

const started = Date.now();
const say = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const results: BenchResults = {
  startedAt: new Date().toISOString(),
  finishedAt: '',
  machine: {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    neo4j: '',
    loadAverageBefore: loadavg(),
    loadAverageAfter: [],
  },
  settings,
  sizes: [],
};

say('Compiling the servers (scripts/build.ts, as npm start runs the service)');
const built = await buildServers();
const differing: string[] = [];
const database = await startBenchDatabase({ heap: settings.heap, pageCache: settings.pageCache, say });
results.machine.neo4j = database.version;
try {
  if (!values['skip-load-compare']) {
    say('Load comparison: one sample State one row per transaction, then in UNWIND batches');
    const c = await compareBatchWithSingleRows(database.db, { batchSize: settings.batchSize, out: process.stdout });
    results.loadComparison = {
      rows: c.rows,
      singleRowsPerSecond: c.single.rowsPerSecond,
      batchedRowsPerSecond: c.batched.rowsPerSecond,
      ratio: c.ratio,
    };
    say(`  ${Math.round(c.single.rowsPerSecond)} rows/s against ${Math.round(c.batched.rowsPerSecond)} rows/s: ${c.ratio.toFixed(1)}×`);
  }
  for (const states of sizes) {
    say(`Size ${states}: generating States`);
    const generated = await generateStates(database.db, { states, batchSize: settings.batchSize, log: say, out: process.stdout });
    const size: SizeResult = {
      states,
      nodes: generated.graph.nodes,
      relationships: generated.graph.relationships,
      generated: { added: generated.added, rows: generated.rows, seconds: generated.seconds, rowsPerSecond: generated.rowsPerSecond },
      operations: [],
    };
    say(
      `  ${size.nodes.toLocaleString('en')} nodes, ${size.relationships.toLocaleString('en')} relationships; capturing the service's Cypher`,
    );
    const captured = await capture(database, operations);
    const withPeer = compareAt.has(states);
    const names: ServerName[] = withPeer ? ['service', 'cached', 'raw', 'peer'] : ['service', 'cached', 'raw'];
    const servers: Partial<Record<ServerName, RunningServer>> = {};
    try {
      for (const name of names) servers[name] = await startServer(name, database, built);
      for (const operation of operations) {
        const c = captured.get(operation.name);
        if (!c) continue;
        const targets: Partial<Record<ServerName, Target>> = {};
        const serviceBody = JSON.stringify({ query: operation.query, variables: benchVariables(operation) });
        for (const name of ['service', 'cached'] as const) {
          const server = servers[name];
          if (server) targets[name] = { url: `${server.url}/graphql`, body: serviceBody };
        }
        const [statement] = c.statements;
        if (servers.raw && statement && c.statements.length === 1)
          targets.raw = { url: servers.raw.url, body: JSON.stringify({ query: statement.cypher, params: statement.params }) };
        const same = c.sameAnswer;
        const verdict = same?.verdict;
        if (withPeer && same?.verdict === 'different') {
          differing.push(`${states}/${operation.name}`);
          say(`  ${operation.name}: the peer's answer differs: ${same.differences.join('; ')}`);
        }
        if (servers.peer && operation.peer && (verdict === 'same' || (verdict === 'different' && values['allow-differences'])))
          targets.peer = {
            url: `${servers.peer.url}/graphql`,
            body: JSON.stringify({ query: operation.peer.query, variables: operation.peer.variables() }),
          };
        say(`  ${operation.name} (${c.ids} ids, ${Math.round(c.bytes / 1024)} KB, ${c.dbHits} dbHits): ${Object.keys(targets).join(', ')}`);
        if (values['show-plans']) for (const plan of c.plans) console.log(plan);
        const wire = targets.cached ? await wireBytes(targets.cached.url, targets.cached.body) : undefined;
        const before = servers.cached ? await cacheCounters(servers.cached.url) : undefined;
        const measured = await measure(`${states}/${operation.name}`, targets, {
          ...settings,
          rounds: withPeer ? settings.rounds : settings.scaleRounds,
          say,
        });
        const after = servers.cached ? await cacheCounters(servers.cached.url) : undefined;
        const asked = before && after ? after.hits + after.misses - before.hits - before.misses : 0;
        const result: OperationResult = {
          name: operation.name,
          title: operation.title,
          ids: c.ids,
          bytes: c.bytes,
          dbHits: c.dbHits,
          ...(c.peerDbHits === undefined ? {} : { peerDbHits: c.peerDbHits }),
          ...measured,
          ...(withPeer && c.sameAnswer ? { sameAnswer: c.sameAnswer } : {}),
          ...(operation.peer?.note ? { peerNote: operation.peer.note } : {}),
          ...(wire ? { wire } : {}),
          ...(before && after && asked > 0 ? { cacheHitRate: round((after.hits - before.hits) / asked, 4) } : {}),
        };
        size.operations.push(result);
      }
    } finally {
      for (const server of Object.values(servers)) await server.stop();
    }
    results.sizes.push(size);
    if (withPeer) console.log(`\n${comparisonTable(size)}\n`);
  }
} finally {
  await database.close();
}
results.finishedAt = new Date().toISOString();
results.machine.loadAverageAfter = loadavg();
if (results.sizes.length > 1) console.log(`\n${scaleTable(results.sizes)}\n`);
const written = await writeResults(results, values.out);
say(`Results in ${written.json} and latest.md (${((Date.now() - started) / 60_000).toFixed(1)} min)`);
if (differing.length) {
  say(
    `The peer's answer differs from the service's on ${differing.join(', ')}${values['allow-differences'] ? ' (allowed by --allow-differences)' : ''}`,
  );
  if (!values['allow-differences']) process.exitCode = 1;
}
