import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { retryAfterHeaders } from '../errors.js';

/**
 * `Retry-After` on every GraphQL answer that carries SERVICE_UNAVAILABLE (Neo4j did not answer,
 * or the circuit breaker is open). The status stays 200 for an operation that ran, as the
 * GraphQL-over-HTTP specification has it; errors raised before it runs (a token that cannot
 * be checked) get 503 with the same header from src/auth/authenticate.ts.
 */
export function retryAfterPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          for (const error of response.body.singleResult.errors ?? []) {
            for (const [name, value] of Object.entries(retryAfterHeaders(error.extensions?.['code']))) {
              response.http.headers.set(name, value);
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
