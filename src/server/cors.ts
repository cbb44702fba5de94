import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BOOKMARK_HEADER } from './bookmark.js';

/** What a page on another origin may send, and read back, besides the CORS-safelisted ones. */
const ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  BOOKMARK_HEADER,
];
const EXPOSED_HEADERS = [
  'x-request-id',
  // A page reads its write's bookmark and sends it back to read its own write on any instance.
  BOOKMARK_HEADER,
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'content-disposition',
  'x-subgraph-nodes',
  'x-subgraph-edges',
  'x-subgraph-truncated',
];

/**
 * CORS with @fastify/cors. The graph is public: any origin may read it (GraphQL over GET and
 * POST, the exports), without credentials (`Access-Control-Allow-Origin: *`, no cookies; a
 * script may still send a bearer token in `Authorization`). A preflight cannot tell a query from a
 * mutation (it has no body), so it is answered for every origin; the mutation itself is refused
 * by `refusedWriteOrigin` unless its origin is listed.
 */
export async function registerCors(http: FastifyInstance): Promise<void> {
  await http.register(cors, {
    origin: '*',
    credentials: false,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    // Browsers cache a preflight for this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
}

/**
 * The request's `Origin` when it is a browser page that may not send mutations (src/auth/authenticate.ts
 * refuses them with 403 FORBIDDEN, `reason: origin`, before anything runs); undefined when it may.
 * Requests without `Origin` (curl, scripts, servers) and pages of the service itself may: CORS
 * protects browser users, and a write needs a token anyway.
 */
export function refusedWriteOrigin(
  request: Pick<FastifyRequest, 'headers' | 'protocol' | 'host'>,
  allowed: readonly string[],
): string | undefined {
  const origin = request.headers.origin;
  if (origin === undefined || origin === `${request.protocol}://${request.host}` || allowed.includes(origin)) return undefined;
  return origin;
}
