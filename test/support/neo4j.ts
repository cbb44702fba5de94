import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/neo4j-local/install.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/start.js';

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
  /** Starts it again after stop(), same port, same data. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/**
 * A real Neo4j for tests, in a fresh temporary folder, on a free loopback port, never the
 * development instance. The same launcher the service uses.
 */
export async function startTestNeo4j(settings: Record<string, string> = {}): Promise<TestNeo4j> {
  const homeDir = await mkdtemp(join(tmpdir(), 'crg-neo4j-'));
  const password = randomBytes(12).toString('base64url');
  const options = {
    cacheDir: process.env['CRG_CACHE_DIR'] ?? resolve(PROJECT_ROOT, '.cache'),
    homeDir,
    password,
    heap: '768m',
    pageCache: '128m',
    settings: { 'db.transaction.timeout': '30s', ...settings },
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
    restart: async () => {
      current = await startLocalNeo4j({ ...options, port });
    },
    dispose: async () => {
      await current.stop();
      await rm(homeDir, { recursive: true, force: true });
    },
  };
}
