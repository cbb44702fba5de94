import { loadConfig, type Config } from './config.js';
import type { Database } from './db/database.js';
import { applySchema } from './db/schema.js';
import { loadDataset } from './data/load.js';
import { createLogger } from './logger.js';
import { connectNeo4j } from './db/connect.js';
import { superviseLocalNeo4j, type Supervisor } from './neo4j-local/supervise.js';
import { createApp, type App } from './server/app.js';
import { refuseNewerStore, upgradeStore } from './store/upgrade.js';
import { StartupError } from './errors.js';

/**
 * `npm start`: with NEO4J_URI set, serves that Neo4j; otherwise starts the project's own Neo4j
 * first, and restarts it if it exits unexpectedly (src/neo4j-local/supervise.ts). Applies the
 * schema, loads the dataset when its files changed, then serves HTTP. Ctrl-C or SIGTERM drains
 * in-flight requests, closes the driver and stops the Neo4j it started.
 */
/** A second signal sooner than this after the first is the same signal, relayed. */
const REPEATED_SIGNAL_MS = 1_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const say = (message: string) => logger.info(message);

  const { db, local, relaunch } = await connectNeo4j(config, logger, { say });

  const running: { app?: App; supervisor?: Supervisor } = {};
  let stoppingSince: number | undefined;
  /** `failed`: the service cannot go on (its Neo4j is gone for good) and exits 1 once drained. */
  const stop = async (signal: string, failed = false) => {
    if (stoppingSince !== undefined) {
      // Ctrl-C signals the whole process group, and npm and tsx relay the same signal again:
      // one key press arrives two or three times within milliseconds. Only a later one means
      // "stop now".
      if (performance.now() - stoppingSince < REPEATED_SIGNAL_MS) return;
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stoppingSince = performance.now();
    say(`${signal}: stopping; no new requests, draining those in flight (at most ${config.shutdownTimeoutMs} ms)`);
    const drained = await drain(running.app, config.shutdownTimeoutMs);
    if (!drained) logger.warn('requests still in flight after CRG_SHUTDOWN_TIMEOUT_MS: closing anyway');
    say('HTTP server closed');
    // Only now: a request still running needs the driver until its response is sent.
    await db.close();
    say('Neo4j driver closed');
    await (running.supervisor ?? local)?.stop();
    say('stopped');
    process.exit(drained && !failed ? 0 : 1);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
  if (local && relaunch) {
    running.supervisor = superviseLocalNeo4j(local, {
      relaunch,
      attempts: config.neo4jRestarts,
      log: { info: say, warn: (message) => logger.warn(message) },
      giveUp: (message) => {
        logger.error(message);
        void stop('Neo4j lost', true);
      },
    });
  }

  await waitForDatabase(db, config, say);
  // A later release's store is refused before this one writes anything to it, even its schema.
  await refuseNewerStore(db);
  say(`Applied ${await applySchema(db)} schema statements`);
  await upgradeStore(db, { progress: say });
  if (config.loadData !== 'never') {
    await loadDataset(db, config.dataDir, { force: config.loadData === 'always', progress: say });
  }
  const app = await createApp({ config, db, logger });
  running.app = app;
  const address = await app.http.listen({ host: config.host, port: config.port });
  say(`GraphQL at ${address}/graphql (ready: ${address}/ready)`);
}

/** Closes the HTTP server, letting in-flight requests finish; false when they outlast `timeoutMs`. */
async function drain(app: App | undefined, timeoutMs: number): Promise<boolean> {
  if (!app) return true;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const closed = app.close().then(() => true as const);
  const drained = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  if (!drained) app.http.server.closeAllConnections();
  return drained;
}

async function waitForDatabase(db: Database, config: Config, say: (m: string) => void): Promise<void> {
  for (let attempt = 1; attempt <= 30; attempt += 1) {
    if (await db.ping()) return;
    if (attempt === 1) say(`Waiting for Neo4j at ${config.neo4jUri ?? 'the local instance'}...`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('Neo4j did not answer within 30 s; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD');
}

main().catch((error: unknown) => {
  // Start-up failures are configuration or environment problems: say what, not a stack trace.
  const code = error instanceof StartupError ? ` (${error.code})` : '';
  console.error(`child-rights-graph could not start${code}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
