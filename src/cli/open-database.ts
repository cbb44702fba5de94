import type { Config } from '../config.js';
import { Database } from '../db/database.js';
import { applySchema } from '../db/schema.js';
import type { Logger } from 'pino';
import { localPassword } from '../neo4j-local/password.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start.js';

/**
 * For command-line tools: the Neo4j that `npm start` would use (NEO4J_URI, or the project's own
 * in CRG_NEO4J_HOME, started here and stopped by `close`), with the schema applied.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { heap?: string; pageCache?: string; say?: (message: string) => void } = {},
): Promise<{ db: Database; close(): Promise<void> }> {
  const say = options.say ?? (() => undefined);
  let local: LocalNeo4j | undefined;
  if (!config.neo4jUri) {
    const { cacheDir, homeDir } = config.localNeo4j;
    const heap = options.heap ?? config.localNeo4j.heap;
    const pageCache = options.pageCache ?? config.localNeo4j.pageCache;
    say(`Starting the project's own Neo4j in ${homeDir} (heap ${heap}, page cache ${pageCache})`);
    local = await startLocalNeo4j({
      cacheDir,
      homeDir,
      heap,
      pageCache,
      password: config.neo4jPassword ?? (await localPassword(homeDir)),
      settings: { 'db.transaction.timeout': `${Math.max(config.queryTimeoutMs, 600_000)}ms` },
      log: say,
    });
  }
  const db = new Database({
    uri: config.neo4jUri ?? (local as LocalNeo4j).uri,
    user: local ? local.user : config.neo4jUser,
    password: local ? local.password : (config.neo4jPassword as string),
    database: config.neo4jDatabase,
    queryTimeoutMs: Math.max(config.queryTimeoutMs, 600_000),
    logger,
  });
  try {
    await applySchema(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
