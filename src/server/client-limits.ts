import { createHash } from 'node:crypto';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { TokenStore } from '../auth/tokens.js';
import type { ClientLimits } from '../config.js';
import { rateLimited, withHttpStatus } from '../errors.js';
import { RequestError } from './http-errors.js';

export type ClientLimit = 'requests' | 'cost';

/** Routes that monitoring polls: never throttled, so a throttled client cannot look like an outage. */
const UNLIMITED_ROUTES = new Set(['/health', '/ready', '/metrics']);

const bearerToken = (request: Pick<FastifyRequest, 'headers'>) => /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
const tokenKey = (token: string) => `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
const ipKey = (request: Pick<FastifyRequest, 'ip'>) => `ip:${normalizeIP(request.ip)}`;

/**
 * Who a GraphQL operation counts against in the cost budget: the bearer token when one is sent
 * (hashed, so the limiter's store never holds a secret; by then an invalid token has been refused
 * with 401), otherwise the IP address (an IPv6 address by its /64, which one host usually holds
 * whole).
 */
export function clientKey(request: Pick<FastifyRequest, 'headers' | 'ip'>): string {
  const token = bearerToken(request);
  return token ? tokenKey(token) : ipKey(request);
}

/**
 * The same for the request budget, which runs before the token is checked: a token counts on its
 * own only when it is a valid one, so a caller inventing tokens spends its address's budget
 * instead of getting a fresh one per token. The lookup is one indexed read, for requests that
 * carry a token only; when the database cannot answer, the address is the client.
 */
async function requestClientKey(request: FastifyRequest, tokens: Pick<TokenStore, 'find'>): Promise<string> {
  const token = bearerToken(request);
  if (!token) return ipKey(request);
  const principal = await tokens.find(token).catch(() => null);
  return principal ? tokenKey(token) : ipKey(request);
}

/**
 * The request-rate budget, with @fastify/rate-limit in its default in-memory store: each
 * instance counts its own clients (docs/operations.md says how to share one budget). An
 * over-budget request is refused before routing with 429, `Retry-After` and a GraphQL error body.
 */
export async function registerRequestLimit(
  http: FastifyInstance,
  limits: ClientLimits,
  tokens: Pick<TokenStore, 'find'>,
  onRefused: (limit: ClientLimit) => void,
): Promise<void> {
  if (!limits.enabled) return;
  await http.register(rateLimit, {
    max: limits.requests,
    timeWindow: limits.windowSeconds * 1000,
    keyGenerator: (request) => requestClientKey(request, tokens),
    allowList: (request) => UNLIMITED_ROUTES.has(request.routeOptions.url ?? ''),
    onExceeded: () => onRefused('requests'),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const error = rateLimited('requests', seconds, limits.requests, limits.windowSeconds);
      return new RequestError(
        context.statusCode,
        error.message,
        { 'retry-after': String(seconds) },
        {
          code: 'RATE_LIMITED',
          ...error.extensions,
        },
      );
    },
  });
}

/**
 * The cost budget: each GraphQL operation spends its estimated cost (src/server/cost.ts) from its
 * client's budget for the window, with rate-limiter-flexible's in-memory limiter. Refused before
 * it runs when the budget cannot pay for it: 429 with `Retry-After`.
 */
export class CostBudget {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly limits: ClientLimits,
    private readonly onRefused: (limit: ClientLimit) => void,
  ) {
    this.limiter = new RateLimiterMemory({ points: limits.cost, duration: limits.windowSeconds });
  }

  async spend(client: string, cost: number): Promise<void> {
    if (!this.limits.enabled || cost <= 0) return;
    try {
      await this.limiter.consume(client, Math.ceil(cost));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      this.onRefused('cost');
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw withHttpStatus(rateLimited('cost', seconds, this.limits.cost, this.limits.windowSeconds), 429, {
        'retry-after': String(seconds),
      });
    }
  }
}
