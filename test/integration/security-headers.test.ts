import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from '../support/service.js';

/** Every route answers with the security headers, errors and unknown paths included; CORS rules. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };
const ROUTES: Array<[string, string, RequestInit]> = [
  ['a GraphQL POST', '/graphql', JSON_POST],
  ['a GraphQL GET', '/graphql?query=%7B__typename%7D', { headers: { 'apollo-require-preflight': 'true' } }],
  ['a refused GraphQL request', '/graphql', { ...JSON_POST, headers: { 'content-type': 'text/plain' } }],
  ['the explorer', '/explore', {}],
  ['an explorer script', '/explore/explore.js', {}],
  ['an export', '/export/gexf?ids=crc:art:3', {}],
  ['a bad export', '/export/nope?ids=crc:art:3', {}],
  ['health', '/health', {}],
  ['metrics', '/metrics', {}],
  ['an unknown path', '/nothing-here', {}],
];

/** The CSP's directives by name. */
function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d.slice(d.indexOf(' ') + 1)]),
  );
}

describe('security headers', () => {
  it.each(ROUTES)('are on %s', async (_what, path, init) => {
    const response = await fetch(`${service.url}${path}`, init);
    await response.arrayBuffer();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    // Nothing inline, anywhere but GraphiQL's styles.
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('relax only the styles on /graphiql (its editor inserts <style> elements), never the scripts', async () => {
    const response = await fetch(`${service.url}/graphiql`);
    await response.text();
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('CORS', () => {
  const origin = 'http://elsewhere.example';

  it('answers a preflight from any origin, without credentials', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('lets any origin read a query and an export, exposing the headers a client needs', async () => {
    const query = await fetch(`${service.url}/graphql`, { ...JSON_POST, headers: { ...JSON_POST.headers, origin } });
    expect(query.status).toBe(200);
    expect(query.headers.get('access-control-allow-origin')).toBe('*');
    expect(query.headers.get('access-control-expose-headers')).toContain('x-request-id');
    await query.text();
    const file = await fetch(`${service.url}/export/gexf?ids=crc:art:3`, { headers: { origin } });
    expect(file.headers.get('access-control-allow-origin')).toBe('*');
    expect(file.headers.get('access-control-expose-headers')).toContain('content-disposition');
    await file.text();
  });

  it('refuses a mutation from an origin not on the list with 403, before checking any token', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query: 'mutation { retireEntity(id: "crc:art:3", expectedVersion: 0) { version } }' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'origin' });
  });
});
