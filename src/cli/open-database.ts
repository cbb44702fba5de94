import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import { connectNeo4j } from '../neo4j-connect.js';

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
