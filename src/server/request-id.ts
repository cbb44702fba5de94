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
 * Adds the request id to every error of a GraphQL error response that lacks it (Apollo formats
 * some errors before any context exists: CSRF, a bad Accept header, a malformed body). Apollo
 * writes `errors` first in a response (the spec's order), so a response without errors costs
 * one `startsWith`. A root `onSend` hook registered before compression, so it sees the JSON
 * text. It replaces an AsyncLocalStorage scope around every request: on Node 20 that installs a
 * promise hook that runs for every promise of every request, about 0.6 % of a small lookup's CPU
 * in the profile (docs/performance.md).
 */
export function withRequestIds(payload: string, requestId: string): string {
  if (!payload.startsWith('{"errors":')) return payload;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return payload;
  }
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { errors?: unknown }).errors)) return payload;
  const errors = (body as { errors: unknown[] }).errors;
  let changed = false;
  for (const error of errors) {
    if (typeof error !== 'object' || error === null) continue;
    const e = error as { extensions?: Record<string, unknown> };
    if (e.extensions?.['requestId'] !== undefined) continue;
    e.extensions = { ...e.extensions, requestId };
    changed = true;
  }
  return changed ? JSON.stringify(body) : payload;
}

/**
 * Echoes the id in a response header, puts it into GraphQL errors (above), and logs one line per
 * request. The route pattern is logged, not the URL: a GET's query string can hold a whole
 * GraphQL document.
 */
export function registerRequestId(http: FastifyInstance): void {
  http.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  http.addHook('onSend', (request, _reply, payload, done) => {
    done(null, typeof payload === 'string' ? withRequestIds(payload, request.id) : payload);
  });
  http.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    request.log.info({ method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    done();
  });
}
