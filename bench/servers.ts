import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import type { BenchNeo4j } from './servers/child.js';

/** The three servers the benchmark compares; each runs in its own process, as in production. */
export const SERVERS = {
  service: { script: 'bench/servers/service.ts', label: 'this service' },
  raw: { script: 'bench/servers/raw.ts', label: 'raw driver' },
  peer: { script: 'bench/peer/server.ts', label: '@neo4j/graphql' },
} as const;
export type ServerName = keyof typeof SERVERS;

export interface RunningServer {
  name: ServerName;
  url: string;
  stop(): Promise<void>;
}

/** Starts a server with tsx (as `npm start` runs the service) and waits for its address. */
export async function startServer(name: ServerName, neo4j: BenchNeo4j): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, SERVERS[name].script)], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
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
  return { name, url, stop: () => stop(child) };
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
