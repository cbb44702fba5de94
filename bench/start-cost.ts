import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildService } from '../scripts/build.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { startBenchDatabase, type BenchDatabase } from './database.js';
import { load } from './traffic.js';

/**
 * `npm run bench:start -- [--rounds 3] [--seconds 10]`: what `npm start` costs under tsx (the
 * sources compiled at start, source maps on) and as compiled JavaScript (scripts/build.ts), on the
 * benchmark's own Neo4j. Per round and mode: the time from spawning the process to its "GraphQL
 * at" line (no dataset load: CRG_LOAD_DATA=never), then the process's own CPU time (user + system,
 * from /proc/<pid>/stat, so Neo4j's and the load generator's are not counted) per request of an
 * entity lookup, after a warm-up. Modes alternate within each round, so drift hits both alike.
 */
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '10' } } });
const MODES = {
  tsx: ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')],
  compiled: [await buildService()],
} as const;
const QUERY = JSON.stringify({ query: '{ node(id: "kz:law:education") { id kind name } }' });
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

const database = await startBenchDatabase({ heap: '1g', pageCache: '512m', say: (m) => console.error(m) });
try {
  const results: Record<string, { startMs: number[]; cpuUsPerRequest: number[]; rps: number[] }> = {};
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const [mode, args] of Object.entries(MODES)) {
      const result = await measureMode([...args], database, Number(values.seconds));
      const entry = (results[mode] ??= { startMs: [], cpuUsPerRequest: [], rps: [] });
      entry.startMs.push(result.startMs);
      entry.cpuUsPerRequest.push(result.cpuUsPerRequest);
      entry.rps.push(result.rps);
      console.error(`round ${round + 1} ${mode}: ${JSON.stringify(result)}`);
    }
  }
  console.log(JSON.stringify({ loadAverage: loadavg().map((x) => Math.round(x * 10) / 10), results }, null, 2));
} finally {
  await database.close();
}

async function measureMode(args: string[], neo4j: BenchDatabase, seconds: number) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      HOST: '127.0.0.1',
      PORT: '0',
      CRG_LOAD_DATA: 'never',
      // Logs as in production (a line per request); no per-client budget, which the load would exceed.
      LOG_LEVEL: 'info',
      CRG_CLIENT_LIMITS: 'false',
      CRG_ANSWER_CACHE_BYTES: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await listening(child);
    const startMs = Math.round(performance.now() - started);
    const target = { url: `${url}/graphql`, body: QUERY };
    await load(target, { connections: 4, seconds: 3 });
    const before = cpuTicks(child);
    const run = await load(target, { connections: 4, seconds });
    if (run.errors > 0) throw new Error(`${run.errors} requests failed`);
    const cpuUsPerRequest = Math.round(((cpuTicks(child) - before) / TICKS_PER_SECOND / run.requests) * 1e6);
    return { startMs, cpuUsPerRequest, rps: run.rps, errors: run.errors };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

/** The process's user + system CPU time so far, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
function cpuTicks(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      const match = /GraphQL at (\S+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) during start-up:\n${output}`)));
  });
}
