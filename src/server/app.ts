import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { authenticate } from '../auth/authenticate.js';
import { TokenStore } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { Curation } from '../curation/curation.js';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import { newStatementStats } from '../db/stats.js';
import { loadReadQueries } from '../read/queries.js';
import { Reader } from '../read/reader.js';
import { buildGraphQLService, type GraphQLService } from '../schema/service.js';
import { AnswerCache } from './answer-cache.js';
import { createApolloServer } from './apollo.js';
import { bookmarkPlugin, readBookmarkHeader } from './bookmark.js';
import { registerGraphiqlRoutes } from './graphiql.js';
import { registerGraphQLRoute } from './graphql-route.js';
import { registerExplorationRoutes } from './exploration.js';
import { registerHealthRoutes } from './health.js';
import { registerErrorHandler } from './http-errors.js';
import { clientKey, CostBudget, registerRequestLimit } from './client-limits.js';
import { registerCompression } from './compression.js';
import { refusedWriteOrigin, registerCors } from './cors.js';
import { ServiceMetrics } from './metrics.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerRequestId, requestIdFor } from './request-id.js';

export interface AppDependencies {
  config: Config;
  db: Database;
  logger: FastifyBaseLogger;
  /** The schema, its mapping and the resolvers; the project's own unless a test gives another. */
  graphql?: GraphQLService;
}

export interface App {
  http: FastifyInstance;
  metrics: ServiceMetrics;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  close(): Promise<void>;
}

/** The HTTP service: GraphQL at /graphql, GraphiQL at /graphiql, /metrics, /health and /ready. */
export async function createApp({ config, db, logger, graphql = buildGraphQLService() }: AppDependencies): Promise<App> {
  const http: FastifyInstance = Fastify({
    loggerInstance: logger,
    // One log line per request is written by registerRequestId, with the fields we want.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false, // requestIdFor reads x-request-id, keeping only sane values
    genReqId: requestIdFor,
    bodyLimit: config.limits.bodyBytes,
    // Behind a reverse proxy, the client's address (for its budgets) is in X-Forwarded-For.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
  });
  const metrics = new ServiceMetrics(db);
  registerRequestId(http);
  await registerSecurityHeaders(http);
  await registerCors(http);
  await registerCompression(http);
  registerErrorHandler(http, (code) => metrics.countError(code));
  metrics.registerRoutes(http);
  const tokens = new TokenStore(db);
  await registerRequestLimit(http, config.clientLimits, tokens, (limit) => metrics.countRefusal(limit));
  // Both fail the start, naming what is wrong: a mapping the compiler cannot compile, a query file
  // missing, unused or with an unknown slot.
  const reader = new Reader(db, loadReadQueries(), graphql.catalogue, config.limits.pageSize);
  const curation = new Curation(db, config.limits.importItems);
  const answers = config.answerCacheBytes > 0 ? [new AnswerCache(db, config.answerCacheBytes, metrics.registry).plugin()] : [];
  const apollo = createApolloServer(config, logger, {
    graphql,
    plugins: [fastifyApolloDrainPlugin(http), metrics.apolloPlugin(), bookmarkPlugin(), ...answers],
    onError: (code) => metrics.countError(code),
    costBudget: new CostBudget(config.clientLimits, (limit) => metrics.countRefusal(limit)),
  });
  await apollo.start();
  await registerGraphQLRoute(http, apollo, async (request): Promise<Context> => ({
    config,
    reader,
    // Every request takes part: its writes report their bookmark, a bookmark sent back is waited for.
    stats: newStatementStats(readBookmarkHeader(request.headers['crg-bookmark']) ?? []),
    logger: request.log,
    requestId: request.id,
    client: clientKey(request),
    // Before Apollo parses or validates: see src/auth/authenticate.ts.
    principal: await authenticate(
      {
        authorization: request.headers.authorization,
        payload: request.method === 'GET' ? request.query : request.body,
        refusedOrigin: refusedWriteOrigin(request, config.corsMutationOrigins),
      },
      tokens,
      config.limits,
    ),
    curation,
    tokens,
  }));
  registerHealthRoutes(http, db);
  registerGraphiqlRoutes(http, config);
  registerExplorationRoutes(http, { config, reader });
  // While draining, each response closes its connection: a client's idle keep-alive connection
  // would otherwise hold `close()` open after the last in-flight request has answered.
  let closing = false;
  http.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  return {
    http,
    metrics,
    close: async () => {
      closing = true;
      await http.close();
      metrics.close();
    },
  };
}
