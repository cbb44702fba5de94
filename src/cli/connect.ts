import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './open-database.js';

/**
 * Runs a command-line task against the service's Neo4j: the one NEO4J_URI names, or else the
 * project's own embedded Neo4j, started for the task and stopped after it (not possible while
 * `npm start` runs on the same CRG_NEO4J_HOME: its store is locked, so stop the service first
 * or give NEO4J_URI). The schema is applied first (idempotent).
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
