import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import { createLogger } from '../logger.js';

/**
 * For command-line tools: the Neo4j that `npm start` would use (NEO4J_URI, or the project's own
 * in CRG_NEO4J_HOME, started here and stopped by `close`), with the schema applied. Bulk work
 * gets at least ten minutes per transaction, whatever the service's own timeout.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { heap?: string; pageCache?: string; say?: (message: string) => void } = {},
): Promise<{ db: Database; close: () => Promise<void> }> {
  const connection = await connectNeo4j(config, logger, {
    ...options,
    queryTimeoutMs: Math.max(config.queryTimeoutMs, 600_000),
  });
  try {
    await applySchema(connection.db);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return { db: connection.db, close: connection.close };
}

/**
 * Runs a command-line task against the service's Neo4j (see openDatabase). The project's own
 * Neo4j cannot be started while `npm start` runs on the same CRG_NEO4J_HOME: its store is
 * locked, so stop the service first or give NEO4J_URI.
 */
export async function withDatabase<T>(task: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig({ logLevel: 'warn' });
  const logger = createLogger(config);
  const { db, close } = await openDatabase(config, logger, { say: (message) => console.error(message) });
  try {
    return await task(db, config);
  } finally {
    await close();
  }
}

/** Ends a command with its error's message, not a stack trace. */
export function fail(error: unknown): never {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
