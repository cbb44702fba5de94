import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig, type Config } from '../../src/config.js';
import { Database, type DatabaseOptions } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/server/app.js';
import { QUERY_TIMEOUT_MS, READ_DEADLINE_MS, WRITE_DEADLINE_MS } from './budgets.js';
import type { Neo4jAccess } from './neo4j.js';
import { sharedNeo4j } from './shared-graph.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
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
  /** A typed operation (`graphql()` from test/generated), sent as JSON over HTTP POST. */
  query<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TResult>>;
  /** Any request body, for input a typed client could never send (malformed documents, bad JSON). */
  post(
    body: string,
    contentType?: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; text: string; json: GraphQLResponse['body'] | undefined }>;
  close(): Promise<void>;
}

/**
 * The real service, in this process, on a free loopback port, over the run's Neo4j (or the one
 * given). Requests go over HTTP like any client's. `database` adds options of the data layer
 * (a `wireLog` to count Bolt messages).
 */
const defaults = loadConfig({}, {});

/** The per-client budgets switched on, with the given sizes (the rest as in production). */
export function clientLimitsOn(limits: Partial<Config['clientLimits']>): Pick<Config, 'clientLimits' | 'limits'> {
  const clientLimits = { ...defaults.clientLimits, ...limits, enabled: true };
  // The per-operation cost limit may not exceed the budget (the config refuses it).
  return { clientLimits, limits: { ...defaults.limits, cost: Math.min(defaults.limits.cost, clientLimits.cost) } };
}

export async function startService(
  options: Partial<Config> = {},
  neo4j: Neo4jAccess = sharedNeo4j(),
  database: Pick<DatabaseOptions, 'wireLog'> = {},
): Promise<TestService> {
  const config = loadConfig(
    {
      host: '127.0.0.1',
      port: 0,
      debug: true,
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      readDeadlineMs: READ_DEADLINE_MS,
      writeDeadlineMs: WRITE_DEADLINE_MS,
      logLevel: (process.env['CRG_TEST_LOG_LEVEL'] as Config['logLevel'] | undefined) ?? 'silent',
      // Off unless a test turns them on (clientLimitsOn): the suites send more than a client may.
      clientLimits: { ...defaults.clientLimits, enabled: false },
      // Off unless a test turns it on: most files count statements and Bolt messages per request,
      // which the cache's version check would add to (test/integration/answer-cache.test.ts and
      // statements.test.ts run with it on).
      answerCacheBytes: 0,
      // Last, so a test's own settings win over these.
      ...options,
    },
    {},
  );
  const logger = createLogger(config);
  const db = new Database({
    ...neo4j,
    database: 'neo4j',
    queryTimeoutMs: config.queryTimeoutMs,
    deadlines: { readMs: config.readDeadlineMs, writeMs: config.writeDeadlineMs },
    logger,
    ...database,
  });
  const app = await createApp({ config, db, logger });
  const url = await app.http.listen({ host: config.host, port: config.port });
  return {
    url,
    db,
    app,
    query: async <TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
      headers: Record<string, string> = {},
    ) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TResult>['body'] };
    },
    post: async (body, contentType = 'application/json', headers = {}) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
      const text = await response.text();
      let json: GraphQLResponse['body'] | undefined;
      try {
        json = JSON.parse(text) as GraphQLResponse['body'];
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, text, json };
    },
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
