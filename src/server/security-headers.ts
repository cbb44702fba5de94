import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every route: everything from the service itself, nothing inline.
 * The explorer (public/explore) runs under it as it is: its scripts are files, its only style
 * sheet is a file, and that file carries the id Cytoscape looks for, so Cytoscape does not insert
 * a <style> element of its own. Styles set from script (`element.style`) are not inline styles.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The service may be served over plain HTTP (loopback, a private network): no forced upgrade.
  upgradeInsecureRequests: null,
};

/**
 * GraphiQL's editor, Monaco, creates <style> elements as it runs and loads fonts as data: URLs:
 * the one relaxation, on /graphiql only. Scripts stay files of this service.
 */
export const GRAPHIQL_CSP_DIRECTIVES = {
  ...CSP_DIRECTIVES,
  styleSrc: ["'self'", "'unsafe-inline'"],
  fontSrc: ["'self'", 'data:'],
};

/**
 * Security headers on every route, with @fastify/helmet: the CSP above, `nosniff`, no framing
 * (`frame-ancestors 'none'` and `X-Frame-Options: DENY` for older browsers), `Referrer-Policy:
 * no-referrer`, and helmet's other defaults (HSTS, which browsers heed only over HTTPS,
 * Cross-Origin-Opener-Policy and -Resource-Policy). A route may give its own CSP with the
 * route option `helmet` (GraphiQL does).
 */
export async function registerSecurityHeaders(http: FastifyInstance): Promise<void> {
  await http.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Reads and exports are public data meant to be fetched from other pages (src/server/cors.ts).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
