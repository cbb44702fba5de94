import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server/app.js';
import type { Neo4jAccess } from './neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export interface TestService {
  url: string;
  db: Database;
  app: App;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real service, in this process, on a free loopback port, over the run's Neo4j (or the one
 * given). Requests go over HTTP like any client's.
 */
export async function startService(options: Partial<Config> = {}, neo4j: Neo4jAccess = inject('neo4j')): Promise<TestService> {
  const config = loadConfig(
    {
      host: '127.0.0.1',
      port: 0,
      debug: true,
      logLevel: (process.env['CRG_TEST_LOG_LEVEL'] as Config['logLevel'] | undefined) ?? 'silent',
      ...options,
    },
    {},
  );
  const logger = createLogger(config);
  const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: config.queryTimeoutMs, logger });
  const app = await createApp({ config, db, logger });
  const url = await app.http.listen({ host: config.host, port: config.port });
  return {
    url,
    db,
    app,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
