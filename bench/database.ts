import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/data/load.js';
import { Database } from '../src/db/database.js';
import { applySchema } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { startLocalNeo4j } from '../src/neo4j-local/start.js';
import type { BenchNeo4j } from './servers/child.js';

export interface BenchDatabase extends BenchNeo4j {
  db: Database;
  version: string;
  close(): Promise<void>;
}

/**
 * The benchmark's own Neo4j: a fresh folder under the system's temp directory, a free loopback
 * port, never the development instance; schema applied and the real dataset loaded. Removed
 * when the benchmark ends.
 */
export async function startBenchDatabase(options: {
  heap: string;
  pageCache: string;
  say: (message: string) => void;
}): Promise<BenchDatabase> {
  const config = loadConfig({}, {});
  const homeDir = await mkdtemp(join(tmpdir(), 'crg-bench-neo4j-'));
  const password = randomBytes(12).toString('base64url');
  options.say(`Starting the benchmark's own Neo4j in ${homeDir} (heap ${options.heap}, page cache ${options.pageCache})`);
  const neo4j = await startLocalNeo4j({
    cacheDir: config.localNeo4j.cacheDir,
    homeDir,
    password,
    heap: options.heap,
    pageCache: options.pageCache,
    settings: { 'db.transaction.timeout': '600s' },
    log: options.say,
  });
  const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: 600_000, logger: createLogger({ logLevel: 'warn' }) });
  await applySchema(db);
  await loadDataset(db, config.dataDir, { force: true, progress: () => undefined });
  const [row] = await db.read('bench-version', 'CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  return {
    uri: neo4j.uri,
    user: neo4j.user,
    password,
    db,
    version: typeof row?.['version'] === 'string' ? row['version'] : 'unknown',
    close: async () => {
      await db.close();
      await neo4j.stop();
      await rm(homeDir, { recursive: true, force: true });
    },
  };
}
