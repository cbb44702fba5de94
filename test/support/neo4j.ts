import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { createLogger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/start.js';
import { NEO4J_START_MS, QUERY_TIMEOUT_MS } from './budgets.js';

export interface Neo4jAccess {
  uri: string;
  user: string;
  password: string;
}

export interface TestNeo4j extends Neo4jAccess {
  port: number;
  homeDir: string;
  /** Stops Neo4j, keeping its data (to start it again on the same port). */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would (no checkpoint, transactions cut): restart() recovers it. */
  crash(): Promise<void>;
  /** Sends a signal to its JVM: SIGSTOP freezes it (as a long GC pause or a frozen VM would), SIGCONT thaws it. */
  signal(signal: NodeJS.Signals): void;
  /** Starts it again after stop(), same port, same data. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/** Where Neo4j's jars are cached: CRG_CACHE_DIR, else the project's ignored .cache folder. */
export function testCacheDir(): string {
  return process.env['CRG_CACHE_DIR'] ?? resolve(PROJECT_ROOT, '.cache');
}

/**
 * A real Neo4j for tests, in a fresh temporary folder, on a free loopback port (or the one
 * given), never the development instance. The same launcher the service uses.
 */
export interface Launch {
  port?: number;
  password?: string;
  jvmOptions?: string[];
}

/**
 * For an instance a test stops and starts again and again with little work in between: the
 * JIT's first tier only. A start then costs about 19 s of CPU instead of 33 (measured on this
 * 2-core machine); queries run slower, which such a test does not notice.
 */
export const QUICK_START_JVM = ['-XX:TieredStopAtLevel=1'];

export async function startTestNeo4j(
  settings: Record<string, string> = {},
  { port: wanted, password = newPassword(), jvmOptions = [] }: Launch = {},
): Promise<TestNeo4j> {
  const homeDir = await mkdtemp(join(tmpdir(), 'crg-neo4j-'));
  const options = {
    cacheDir: testCacheDir(),
    homeDir,
    password,
    heap: '768m',
    pageCache: '128m',
    startupTimeoutMs: NEO4J_START_MS,
    jvmOptions,
    settings: { 'db.transaction.timeout': '30s', ...settings },
    ...(wanted ? { port: wanted } : {}),
  };
  let current: LocalNeo4j = await startLocalNeo4j(options);
  const port = current.port;
  return {
    uri: current.uri,
    user: current.user,
    password,
    port,
    homeDir,
    stop: () => current.stop(),
    crash: () => current.kill(),
    signal: (signal) => process.kill(current.pid, signal),
    restart: async () => {
      current = await startLocalNeo4j({ ...options, port });
    },
    dispose: async () => {
      await current.stop();
      await rm(homeDir, { recursive: true, force: true });
    },
  };
}

export function newPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** A Neo4j of a test file's own with the schema applied and the dataset loaded, as `npm start` leaves it. */
export async function startTestNeo4jWithDataset(settings: Record<string, string> = {}, launch: Launch = {}): Promise<TestNeo4j> {
  const neo4j = await startTestNeo4j(settings, launch);
  const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: QUERY_TIMEOUT_MS, logger: createLogger({ logLevel: 'silent' }) });
  try {
    await applySchema(db);
    await loadDataset(db, loadConfig({}, {}).dataDir, { force: true });
  } finally {
    await db.close();
  }
  return neo4j;
}
