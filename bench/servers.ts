import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { buildEntry } from '../scripts/build.js';
import { PROJECT_ROOT } from '../src/paths.js';
import type { BenchNeo4j } from './servers/child.js';

/**
 * The servers the benchmark compares; each runs in its own process, as in production. This
 * service runs twice: with its answer cache off (every request takes the Neo4j path; the only
 * fair match for the peer, which has no cache) and on (as `npm start` runs it).
 */
export const SERVERS = {
  service: { script: 'bench/servers/service.ts', label: 'this service, answer cache off', env: { CRG_ANSWER_CACHE_BYTES: '0' } },
  cached: { script: 'bench/servers/service.ts', label: 'this service, answer cache on', env: {} },
  raw: { script: 'bench/servers/raw.ts', label: 'raw driver', env: {} },
  peer: { script: 'bench/peer/server.ts', label: '@neo4j/graphql', env: {} },
} as const;
export type ServerName = keyof typeof SERVERS;

/** Where the compiled servers go (git-ignored, like dist/). */
export const BENCH_BUILD_DIR = join(PROJECT_ROOT, '.cache', 'bench-build');

/**
 * Compiles each server script as `npm start` compiles the service (scripts/build.ts: one ES
 * module, packages external, no source maps), so no server pays for tsx. Returns script → bundle.
 */
export async function buildServers(outdir = BENCH_BUILD_DIR): Promise<Map<string, string>> {
  const built = new Map<string, string>();
  for (const { script } of Object.values(SERVERS)) {
    if (built.has(script)) continue;
    const name = script
      .replace(/^bench\//, '')
      .replace(/\.ts$/, '')
      .replaceAll('/', '-');
    built.set(script, await buildEntry(join(PROJECT_ROOT, script), outdir, name));
  }
  return built;
}

export interface RunningServer {
  name: ServerName;
  url: string;
  stop(): Promise<void>;
}

/** Starts a compiled server (from `buildServers`) with plain Node and waits for its address. */
export async function startServer(
  name: ServerName,
  neo4j: BenchNeo4j,
  built: Map<string, string>,
  extra: { nodeOptions?: string[]; env?: Record<string, string> } = {},
): Promise<RunningServer & { pid: number | undefined }> {
  const bundle = built.get(SERVERS[name].script);
  if (!bundle) throw new Error(`${name} was not built`);
  const child = spawn(process.execPath, [...(extra.nodeOptions ?? []), bundle], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...SERVERS[name].env,
      ...extra.env,
      NODE_ENV: 'production',
      // The per-client budgets would refuse the load generator's traffic after its first 600 requests.
      CRG_CLIENT_LIMITS: 'false',
      BENCH_NEO4J_URI: neo4j.uri,
      BENCH_NEO4J_USER: neo4j.user,
      BENCH_NEO4J_PASSWORD: neo4j.password,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const url = await listening(child, name);
  return { name, url, pid: child.pid, stop: () => stop(child) };
}

function listening(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
      const match = /LISTENING (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} during start-up:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin?.end();
  });
}
