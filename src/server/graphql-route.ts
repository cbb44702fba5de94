import type { ApolloServer } from '@apollo/server';
import fastifyApollo, { type ApolloFastifyContextFunction } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { RequestError } from './http-errors.js';

/**
 * `/graphql` as the GraphQL-over-HTTP specification wants it, around Apollo's Fastify
 * integration: GET and POST (CORS preflights are answered by src/server/cors.ts before routing); other methods 405 with `Allow`; a body
 * declared in a charset other than UTF-8 is refused with 415 before it is parsed (Fastify's JSON
 * parser would read it as UTF-8 regardless, silently misreading the text).
 */
export async function registerGraphQLRoute(
  http: FastifyInstance,
  apollo: ApolloServer<Context>,
  context: ApolloFastifyContextFunction<Context>,
): Promise<void> {
  await http.register(async (scope) => {
    scope.addHook('onRequest', (request, _reply, done) => {
      const charset = declaredCharset(request);
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        done(new RequestError(415, `Unsupported charset "${charset}": GraphQL requests are UTF-8`));
        return;
      }
      done();
    });
    await scope.register(fastifyApollo(apollo), { path: '/graphql', method: ['GET', 'POST'], context });
    scope.route({
      method: ['PUT', 'PATCH', 'DELETE'],
      url: '/graphql',
      handler: (request) => {
        throw new RequestError(405, `${request.method} is not supported: use GET or POST`, { allow: 'GET, POST' });
      },
    });
  });
}

function declaredCharset(request: FastifyRequest): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(request.headers['content-type'] ?? '');
  return match?.[1]?.toLowerCase();
}
