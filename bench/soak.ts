import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TokenStore } from '../src/auth/tokens.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { startBenchDatabase } from './database.js';
import { SoakTraffic } from './soak-traffic.js';
import { percentile } from './stats.js';
import { SUITE } from './suite.js';

/**
 * `npm run soak -- [--minutes 10] [--rate 4] [--write-every 5] [--max-in-flight 4]`
 *
 * Starts its own Neo4j (a fresh temp folder, the dataset loaded) and the service as `npm start`
 * runs it, on loopback; sends mixed reads (the benchmark suite's read operations) and writes
 * (creates and updates) at a bounded rate for the given minutes; then reports the service's
 * memory at the start and the end (from its /metrics), the errors, and whether every write that
 * was acknowledged is in the graph. Not part of `npm test`: it runs for minutes.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '4' },
    'write-every': { type: 'string', default: '5' },
    'max-in-flight': { type: 'string', default: '4' },
  },
});
const number = (name: keyof typeof values, min: number, max: number): number => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return value;
};
const minutes = number('minutes', 0.1, 600);
const rate = number('rate', 0.1, 100);
const writeEvery = Math.round(number('write-every', 2, 1000));
const maxInFlight = Math.round(number('max-in-flight', 1, 64));
const say = (message: string) => console.error(`[soak] ${message}`);

const neo4j = await startBenchDatabase({ heap: '1g', pageCache: '256m', say });
const port = 20_000 + Math.floor(Math.random() * 20_000);
const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')], {
  cwd: PROJECT_ROOT,
  env: {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    HOST: '127.0.0.1',
    PORT: String(port),
    CRG_LOAD_DATA: 'never',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serviceErrors = '';
child.stderr.on('data', (chunk: Buffer) => (serviceErrors += chunk.toString()));
const url = `http://127.0.0.1:${port}`;

try {
  await untilReady(url);
  const { token } = await new TokenStore(neo4j.db).create('soak', 'editor', null);
  const prefix = `soak-${randomBytes(3).toString('hex')}`;
  const reads = SUITE.filter((operation) => !operation.role);
  const traffic = new SoakTraffic(url, token, reads, { prefix, writeEvery, maxInFlight });
  say(`warming up for 20 s, then ${minutes} min at ${rate} requests/s (1 in ${writeEvery} a write, at most ${maxInFlight} in flight)`);
  await new SoakTraffic(url, token, reads, { prefix: `${prefix}-warm`, writeEvery, maxInFlight }).run(rate, Date.now() + 20_000);
  const start = await memory(url);
  const samples = [start];
  const end = Date.now() + minutes * 60_000;
  const sampling = setInterval(() => void memory(url).then((m) => samples.push(m)), 60_000);
  await traffic.run(rate, end);
  clearInterval(sampling);
  const last = await memory(url);
  const check = await verify(neo4j.db, prefix, traffic.acknowledged);
  const c = traffic.counts;
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const report = [
    `| soak | ${minutes} min at ${rate} requests/s, 1 in ${writeEvery} a write, at most ${maxInFlight} in flight, loopback, load average at the end ${loadavg()[0]?.toFixed(1)} |`,
    '| --- | --- |',
    `| requests | ${c.reads} reads, ${c.writes} writes (${c.skipped} ticks skipped: ${maxInFlight} still in flight) |`,
    `| latency | p50 ${percentile(c.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(c.latenciesMs, 99).toFixed(0)} ms |`,
    `| HTTP statuses | ${JSON.stringify(c.statuses)}; transport errors ${c.transportErrors} |`,
    `| GraphQL errors | ${JSON.stringify(c.errorCodes)} |`,
    `| service RSS | ${mb(start.rss)} at the start, ${mb(last.rss)} at the end (per minute: ${samples.map((s) => (s.rss / 1_048_576).toFixed(0)).join(', ')}) |`,
    `| service heap used | ${mb(start.heap)} at the start, ${mb(last.heap)} at the end |`,
    `| writes kept | ${check.kept} of ${traffic.acknowledged.size} acknowledged entities present at their acknowledged version or later; missing ${check.missing}, older ${check.older} |`,
  ].join('\n');
  console.log(report);
  if (check.missing + check.older > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await once(child, 'close');
  await neo4j.close();
  if (serviceErrors.trim()) say(`the service wrote to stderr:\n${serviceErrors.slice(-2000)}`);
}

async function untilReady(base: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (child.exitCode !== null) throw new Error(`the service exited: ${serviceErrors}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the service was not ready within 180 s');
}

/** The service process's resident memory and V8 heap in use, from its Prometheus metrics. */
async function memory(base: string): Promise<{ rss: number; heap: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const metric = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: metric('process_resident_memory_bytes'), heap: metric('nodejs_heap_size_used_bytes') };
}

async function verify(db: (typeof neo4j)['db'], prefix: string, acknowledged: Map<string, number>) {
  const rows = await db.read('soak-verify', 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.version AS version', {
    prefix: `${prefix}:`,
  });
  const stored = new Map(rows.map((row) => [row['id'], row['version']]));
  let kept = 0;
  let missing = 0;
  let older = 0;
  for (const [id, version] of acknowledged) {
    const found = stored.get(id);
    if (typeof found !== 'number') missing += 1;
    else if (found < version) older += 1;
    else kept += 1;
  }
  return { kept, missing, older };
}
