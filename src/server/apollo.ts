import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { formatError } from '../errors.js';
import { loadContract, printContract } from '../schema/contract.js';
import type { GraphQLService } from '../schema/service.js';
import { landingPageToGraphiQL } from './graphiql.js';
import type { CostBudget } from './client-limits.js';
import { costLimitPlugin } from './cost.js';
import { dateArgumentsRule, dateVariablesPlugin } from './date-arguments.js';
import { retryAfterPlugin } from './retry-after.js';
import { limitRules, parseOptions } from './limits.js';

/** The public contract as SDL, as schema.graphql holds it (for tests that build the schema). */
export const typeDefs = printContract(loadContract());

export interface ApolloOptions {
  /** The schema and resolvers (src/schema/service.ts). */
  graphql: GraphQLService;
  plugins?: ApolloServerPlugin<Context>[];
  /** Called with the code of every error sent to a client (for the metrics). */
  onError?: (code: string) => void;
  /** The per-client cost budget; none: only the per-operation cost limit applies. */
  costBudget?: CostBudget;
}

/**
 * The GraphQL server. Cache-control and usage reporting are off: neither is used, and the
 * cache-control plugin would otherwise run on every field. Errors are masked by `formatError`,
 * which Apollo applies to every error it sends (also those raised before a context exists); the
 * request id is added to each as the response is sent (src/server/request-id.ts). The landing
 * page, which Apollo loads from a CDN, is replaced by a pointer to the bundled GraphiQL at
 * /graphiql.
 */
export function createApolloServer(
  config: Config,
  logger: Pick<FastifyBaseLogger, 'error'>,
  { graphql, plugins = [], onError, costBudget }: ApolloOptions,
): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: graphql.typeDefs,
    resolvers: graphql.resolvers,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Document limits: rejected documents are client errors, HTTP 400. A malformed date is
    // BAD_USER_INPUT naming its argument (./date-arguments.ts).
    validationRules: [...limitRules(config.limits), dateArgumentsRule],
    parseOptions: parseOptions(config.limits),
    // Automatic persisted queries save bandwidth only, and a hash-only request would skip the
    // check that writes carry a token before validation (src/auth/authenticate.ts).
    persistedQueries: false,
    formatError: (formatted, error) => {
      const masked = formatError(formatted, error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error'));
      onError?.(String(masked.extensions?.['code']));
      return masked;
    },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      landingPageToGraphiQL(),
      costLimitPlugin(config.limits.cost, costBudget),
      dateVariablesPlugin(),
      retryAfterPlugin(),
      ...(config.debug ? [cypherExtensions()] : []),
      ...plugins,
    ],
  });
}

/** With CRG_DEBUG on, each response says which Cypher statements ran and their database time. */
function cypherExtensions(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { stats } = contextValue;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypher: {
              statements: stats.statements,
              dbTimeMs: Math.round(stats.dbTimeMs * 100) / 100,
              queries: stats.log,
              ...(stats.answerCache ? { answerCache: stats.answerCache } : {}),
            },
          };
          return Promise.resolve();
        },
      });
    },
  };
}
