import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { startBenchDatabase } from './database.js';
import { profileTable, readProfile, type ProfileWindow } from './profile-read.js';
import { buildServers, startServer } from './servers.js';
import { benchVariables, suiteOperation } from './suite.js';
import { load } from './traffic.js';

/**
 * `npm run bench:profile -- [--op entity] [--seconds 10] [--connections 1] [--cache off|on] [--top 20]`:
 * where this service's CPU goes for one operation. The compiled service (as `npm start` runs it)
 * runs under `node --cpu-prof` on the benchmark's own Neo4j (or the one BENCH_NEO4J_URI, _USER and
 * _PASSWORD name), gets a warm-up, then the measured load; only the samples taken during the
 * measured load are counted (V8's profile clock and process.hrtime are both the monotonic clock).
 * Prints the self time per package and the top functions, each per request.
 */
const { values } = parseArgs({
  options: {
    op: { type: 'string', default: 'entity' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1' },
    cache: { type: 'string', default: 'off' },
    top: { type: 'string', default: '20' },
  },
});
const operation = suiteOperation(values.op);
const dir = join(PROJECT_ROOT, '.cache', 'bench-profile');
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });

const given = process.env['BENCH_NEO4J_URI'];
const database = given
  ? {
      uri: given,
      user: process.env['BENCH_NEO4J_USER'] ?? 'neo4j',
      password: process.env['BENCH_NEO4J_PASSWORD'] ?? '',
      close: async () => {},
    }
  : await startBenchDatabase({ heap: '1g', pageCache: '512m', say: (m) => console.error(m) });
try {
  const built = await buildServers();
  const server = await startServer('service', database, built, {
    nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    env: { CRG_ANSWER_CACHE_BYTES: values.cache === 'on' ? String(64 * 2 ** 20) : '0' },
  });
  const target = {
    url: `${server.url}/graphql`,
    body: JSON.stringify({ query: operation.query, variables: benchVariables(operation) }),
  };
  const connections = Number(values.connections);
  await load(target, { connections, seconds: Number(values.warmup) });
  const window: ProfileWindow = { fromUs: Number(process.hrtime.bigint() / 1000n), toUs: 0 };
  const measured = await load(target, { connections, seconds: Number(values.seconds) });
  window.toUs = Number(process.hrtime.bigint() / 1000n);
  await server.stop();
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = readProfile(JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown, window);
  console.log(
    `${operation.title}, answer cache ${values.cache}, ${connections} connection(s), ${values.seconds} s: ` +
      `${measured.requests} requests, p50 ${measured.p50} ms, ${measured.rps} req/s; profile ${join(dir, file)}\n`,
  );
  console.log(profileTable(profile, measured.requests, Number(values.top)));
} finally {
  await database.close();
}
