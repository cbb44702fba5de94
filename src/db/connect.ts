import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { Database, type Deadlines } from './database.js';
import { localPassword } from '../neo4j-local/password.js';
import { assertPrerequisites } from '../neo4j-local/preflight.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../neo4j-local/start.js';

export interface Neo4jConnection {
  db: Database;
  /** The project's own Neo4j when NEO4J_URI is not set; undefined otherwise. */
  local?: LocalNeo4j;
  /** Starts the project's own Neo4j again, on the same port and home, after it exited. */
  relaunch?: () => Promise<LocalNeo4j>;
  /** Closes the driver, then stops the local Neo4j if one was started. */
  close: () => Promise<void>;
}

/**
 * The Neo4j that the configuration names: NEO4J_URI, or the project's own in CRG_NEO4J_HOME,
 * started here. Shared by `npm start` and the command-line tools so both connect the same way.
 * For the project's own, a missing Java or Maven fails first, before anything is logged, with
 * one line per missing piece (PrerequisitesMissing). `queryTimeoutMs` (bulk tools) replaces
 * the service's timeout and its deadlines.
 */
export async function connectNeo4j(
  config: Config,
  logger: Logger,
  options: { heap?: string; pageCache?: string; queryTimeoutMs?: number; say?: (message: string) => void } = {},
): Promise<Neo4jConnection> {
  const say = options.say ?? (() => undefined);
  const queryTimeoutMs = options.queryTimeoutMs ?? config.queryTimeoutMs;
  const deadlines: Deadlines = options.queryTimeoutMs
    ? { readMs: options.queryTimeoutMs, writeMs: options.queryTimeoutMs }
    : { readMs: config.readDeadlineMs, writeMs: config.writeDeadlineMs };
  let local: LocalNeo4j | undefined;
  let launch: LocalNeo4jOptions | undefined;
  if (!config.neo4jUri) {
    const { cacheDir, homeDir } = config.localNeo4j;
    // Plain lines on stderr, like its failures: the preflight comes before the service logs.
    const maven = await assertPrerequisites({ cacheDir, audience: 'service', log: (message) => console.error(`preflight: ${message}`) });
    const heap = options.heap ?? config.localNeo4j.heap;
    const pageCache = options.pageCache ?? config.localNeo4j.pageCache;
    say(
      `NEO4J_URI is not set: starting the project's own Neo4j in ${homeDir} (heap ${heap}, page cache ${pageCache}; ` +
        'set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use another)',
    );
    launch = {
      cacheDir,
      homeDir,
      heap,
      pageCache,
      password: config.neo4jPassword ?? (await localPassword(homeDir)),
      settings: { 'db.transaction.timeout': `${queryTimeoutMs}ms` },
      log: say,
      maven,
    };
    local = await startLocalNeo4j(launch);
  }
  const db = new Database({
    uri: config.neo4jUri ?? (local as LocalNeo4j).uri,
    user: local ? local.user : config.neo4jUser,
    password: local ? local.password : (config.neo4jPassword as string),
    database: config.neo4jDatabase,
    queryTimeoutMs,
    deadlines,
    logger,
  });
  const again = launch && local ? { ...launch, port: local.port } : undefined;
  return {
    db,
    local,
    ...(again ? { relaunch: () => startLocalNeo4j(again) } : {}),
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
