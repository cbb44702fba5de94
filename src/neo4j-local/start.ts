import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureNeo4jInstalled, type Log } from './install.js';
import { javaTools } from './java.js';
import type { Maven } from './maven.js';

export interface LocalNeo4jOptions {
  cacheDir: string;
  /** Neo4j's home: databases, transaction logs and Neo4j's own logs live here. */
  homeDir: string;
  password: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /** Extra neo4j.conf settings, e.g. { 'db.transaction.timeout': '30s' }. */
  settings?: Record<string, string>;
  /** How long to wait for Bolt before giving up (default 300 s; tests on a busy machine give more). */
  startupTimeoutMs?: number;
  /** More JVM options (a test that restarts Neo4j often trades speed for a quicker start). */
  jvmOptions?: string[];
  log?: Log;
  /** The Maven the preflight found, for the first fetch (otherwise it is looked up again). */
  maven?: Maven;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  /** The Neo4j JVM's process id (the fault tests freeze and kill it). */
  pid: number;
  user: string;
  password: string;
  /** Stops Neo4j cleanly (checkpoint and close), waiting for the process to end. */
  stop(): Promise<void>;
  /** Kills Neo4j at once (SIGKILL), as a crash or a power cut would: for fault tests. */
  kill(): Promise<void>;
  /** Resolves when Neo4j exits without stop() or kill() asking it to (a crash, a kill from outside). */
  readonly exitedUnexpectedly: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// A first start (creating the system and neo4j databases) took over 120 s on a busy 2-core machine.
const STARTUP_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * Starts the project's own Neo4j Community (embedded, Bolt on loopback, authentication on) as a
 * child process and resolves once Bolt accepts connections. The child ends by itself when this
 * process exits, because it stops when its standard input closes.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const installation = await ensureNeo4jInstalled(options.cacheDir, log, options.maven);
  await mkdir(options.homeDir, { recursive: true });
  const confFile = join(options.homeDir, 'neo4j.conf');
  await writeFile(confFile, neo4jConf(options));

  const jvm = [`-Xmx${options.heap ?? '1g'}`, '-XX:+UseG1GC', ...(options.jvmOptions ?? [])];
  const child = spawn(javaTools().java, [...jvm, '-cp', installation.classpath, installation.mainClass, options.homeDir, confFile], {
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const address = await waitForBolt(child, options.homeDir, options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS);
  const port = Number(address.split(':').pop());
  log(`Neo4j is listening on bolt://${address} (home ${options.homeDir}, pid ${child.pid})`);
  let asked = false;
  const exitedUnexpectedly = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) => {
    child.once('exit', (code, signal) => {
      if (!asked) resolvePromise({ code, signal });
    });
  });
  return {
    uri: `bolt://${address}`,
    port,
    pid: child.pid ?? 0,
    user: 'neo4j',
    password: options.password,
    exitedUnexpectedly,
    stop: () => {
      asked = true;
      return stopChild(child);
    },
    kill: async () => {
      asked = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function neo4jConf(options: LocalNeo4jOptions): string {
  const settings: Record<string, string> = {
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${options.port ?? 0}`,
    'dbms.security.auth_enabled': 'true',
    // A shortest-path query that would fall back to an exhaustive search fails instead.
    'dbms.cypher.forbid_exhaustive_shortestpath': 'true',
    'server.memory.pagecache.size': options.pageCache ?? '256m',
    'dbms.usage_report.enabled': 'false',
    // Bolt's thread pools otherwise wait 5 s each on shutdown with no connection left to serve.
    'internal.server.bolt.thread_pool_shutdown_wait_time': '500ms',
    'internal.server.bolt.connection_shutdown_wait_time': '500ms',
    ...options.settings,
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}

function waitForBolt(child: ChildProcess, homeDir: string, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      // Still starting, not failed: what it was doing is in its own log, not in a Java stack here.
      reject(
        new Error(`Neo4j did not start within ${timeoutMs / 1000} s (is the machine busy?); see ${join(homeDir, 'logs', 'debug.log')}`),
      );
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /BOLT_READY (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start java for Neo4j: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(startFailure(code, stderr)));
    });
  });
}

/**
 * Why Neo4j did not start, in a line: its innermost cause, without the Java stack. The usual one
 * here is a store locked by another Neo4j on the same home (`npm start` still running).
 */
export function startFailure(code: number | null, stderr: string): string {
  if (/store_lock|Lock file has been locked/.test(stderr)) {
    return 'Neo4j could not start: its store is locked by another Neo4j using the same folder (is `npm start` running?)';
  }
  const causes = stderr.split('\n').filter((line) => /^(Caused by: |Exception in thread|Error: )/.test(line.trim()));
  const cause = (causes.at(-1) ?? stderr.trim().split('\n').at(-1) ?? '').trim();
  return `Neo4j exited during start-up with code ${code}${cause ? `: ${cause}` : ''}`;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolvePromise();
    });
    child.stdin?.end();
  });
}
