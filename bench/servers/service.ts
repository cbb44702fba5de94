import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/server/app.js';
import { announce, benchNeo4j } from './child.js';

/** This service as it runs in production: debug off, logs at warn. */
const neo4j = benchNeo4j();
const config = loadConfig(
  { host: '127.0.0.1', port: 0, debug: false, logLevel: 'warn', neo4jUri: neo4j.uri, neo4jUser: neo4j.user, neo4jPassword: neo4j.password },
  process.env,
);
const logger = createLogger(config);
const db = new Database({ ...neo4j, database: config.neo4jDatabase, queryTimeoutMs: config.queryTimeoutMs, logger });
const app = await createApp({ config, db, logger });
const url = await app.http.listen({ host: config.host, port: 0 });
announce(url, async () => {
  await app.close();
  await db.close();
});
