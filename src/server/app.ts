import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import { loadQueries } from '../db/cypher.js';
import { newStatementStats } from '../db/stats.js';
import { GraphReader } from '../graph/reader.js';
import { createApolloServer } from './apollo.js';
import { registerGraphiqlRoutes } from './graphiql.js';
import { registerGraphQLRoute } from './graphql-route.js';
import { registerExplorationRoutes } from './exploration.js';
import { registerHealthRoutes } from './health.js';
import { registerErrorHandler } from './http-errors.js';
import { ServiceMetrics } from './metrics.js';
import { registerRequestId, requestIdFor } from './request-id.js';

export interface AppDependencies {
  config: Config;
  db: Database;
  logger: FastifyBaseLogger;
}

export interface App {
  http: FastifyInstance;
  metrics: ServiceMetrics;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  close(): Promise<void>;
}

/** The HTTP service: GraphQL at /graphql, GraphiQL at /graphiql, /metrics, /health and /ready. */
export async function createApp({ config, db, logger }: AppDependencies): Promise<App> {
  const http: FastifyInstance = Fastify({
    loggerInstance: logger,
    disableRequestLogging: true,
    requestIdHeader: false, // requestIdFor reads x-request-id, keeping only sane values
    genReqId: requestIdFor,
    bodyLimit: 1_048_576,
  });
  const metrics = new ServiceMetrics(db);
  registerRequestId(http);
  registerErrorHandler(http, (code) => metrics.countError(code));
  metrics.registerRoutes(http);
  const reader = new GraphReader(db, loadQueries());
  const apollo = createApolloServer(config, logger, {
    plugins: [fastifyApolloDrainPlugin(http), metrics.apolloPlugin()],
    onError: (code) => metrics.countError(code),
  });
  await apollo.start();
  await registerGraphQLRoute(http, apollo, (request): Promise<Context> =>
    Promise.resolve({
      config,
      reader,
      stats: newStatementStats(),
      logger: request.log,
      requestId: request.id,
    }),
  );
  registerHealthRoutes(http, db);
  registerGraphiqlRoutes(http, config);
  registerExplorationRoutes(http, { config, reader });
  return {
    http,
    metrics,
    close: async () => {
      await http.close();
      metrics.close();
    },
  };
}
