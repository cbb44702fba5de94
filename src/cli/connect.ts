import { loadConfig, type Config } from '../config.js';
import { Database } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { localPassword } from '../neo4j-local/password.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start.js';

/** Long enough for a restore or a backup of the whole graph in one transaction. */
const CLI_TIMEOUT_MS = 600_000;

/**
 * Runs a command-line task against the service's Neo4j: the one NEO4J_URI names, or else the
 * project's own embedded Neo4j, started for the task and stopped after it (not possible while
 * `npm start` runs on the same CRG_NEO4J_HOME: its store is locked, so stop the service first
 * or give NEO4J_URI). The schema is applied first (idempotent).
 */
export async function withDatabase<T>(task: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig({ logLevel: 'warn' });
  const logger = createLogger(config);
  let local: LocalNeo4j | undefined;
  if (!config.neo4jUri) {
    const { cacheDir, homeDir, heap, pageCache } = config.localNeo4j;
    console.error(`NEO4J_URI is not set: starting the project's own Neo4j in ${homeDir} (stop \`npm start\` first)`);
    local = await startLocalNeo4j({ cacheDir, homeDir, heap, pageCache, password: config.neo4jPassword ?? (await localPassword(homeDir)) });
  }
  const db = new Database({
    uri: config.neo4jUri ?? (local as LocalNeo4j).uri,
    user: local ? local.user : config.neo4jUser,
    password: local ? local.password : (config.neo4jPassword as string),
    database: config.neo4jDatabase,
    queryTimeoutMs: CLI_TIMEOUT_MS,
    logger,
  });
  try {
    await applySchema(db);
    return await task(db, config);
  } finally {
    await db.close();
    await local?.stop();
  }
}

/** Ends a command with its error's message, not a stack trace. */
export function fail(error: unknown): never {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
