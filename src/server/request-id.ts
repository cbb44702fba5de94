import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * Every request has an id: the caller's `x-request-id` when it is a sane token (so a gateway's id
 * carries through), a fresh UUID otherwise. It is in every log line of the request (Fastify's
 * child logger), in the `x-request-id` response header and in `extensions.requestId` of every
 * GraphQL error, so a user's error report leads straight to the log lines.
 */
const CALLER_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CALLER_ID.test(given) ? given : randomUUID();
}

/**
 * The id of the request being handled, for code that has no request object: Apollo's
 * `formatError` also formats errors raised before a context exists (CSRF, bad Accept header).
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/**
 * Echoes the id in a response header, runs the route handler inside the request's scope
 * (`preHandler` comes after body parsing, whose stream events would lose an earlier scope), and
 * logs one line per request. The route pattern is logged, not the URL: a GET's query string can
 * hold a whole GraphQL document.
 */
export function registerRequestId(http: FastifyInstance): void {
  http.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  http.addHook('preHandler', (request, _reply, done) => {
    scope.run({ requestId: request.id }, done);
  });
  http.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    request.log.info({ method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    done();
  });
}
