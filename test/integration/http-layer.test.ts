import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from '../support/service.js';

/**
 * What the HTTP layer answers before GraphQL runs, and the request id: every refusal is a
 * GraphQL-shaped error with a code and the request id, never Fastify's own error body.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const graphql = (init: RequestInit, query = '') => fetch(`${service.url}/graphql${query}`, init);
const json = 'application/json';

async function expectRefusal(response: Response, status: number, code = 'BAD_REQUEST') {
  expect(response.status).toBe(status);
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(body.data).toBeUndefined();
  expect(body.errors[0]?.extensions).toMatchObject({ code, requestId });
  return body.errors[0]!;
}

describe('requests refused before GraphQL', () => {
  it('answers a body that is not JSON with 400 in the GraphQL error shape', async () => {
    const error = await expectRefusal(await graphql({ method: 'POST', headers: { 'content-type': json }, body: '{"query": ' }), 400);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('answers an empty JSON body with 400', async () => {
    await expectRefusal(await graphql({ method: 'POST', headers: { 'content-type': json }, body: '' }), 400);
  });

  it('answers with application/graphql-response+json when the client accepts it', async () => {
    const response = await graphql({
      method: 'POST',
      headers: { 'content-type': json, accept: 'application/graphql-response+json' },
      body: '{"query": ',
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    await expectRefusal(response, 400);
  });

  it('answers an unsupported media type with 415', async () => {
    const error = await expectRefusal(
      await graphql({ method: 'POST', headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' }),
      415,
    );
    expect(error.message).toMatch(/application\/json/);
  });

  it('answers a body in a charset other than UTF-8 with 415 instead of misreading it', async () => {
    const response = await graphql({
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const error = await expectRefusal(response, 415);
    expect(error.message).toMatch(/UTF-8/);
  });

  it('accepts an explicit UTF-8 charset', async () => {
    const response = await graphql({
      method: 'POST',
      headers: { 'content-type': 'application/json; charset="UTF-8"' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
  });

  it('answers a body over the limit with 413', async () => {
    const body = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1_100_000) });
    await expectRefusal(await graphql({ method: 'POST', headers: { 'content-type': json }, body }), 413);
  });

  it('answers other methods with 405 and Allow', async () => {
    const response = await graphql({ method: 'PUT', headers: { 'content-type': json }, body: '{}' });
    expect(response.headers.get('allow')).toBe('GET, POST');
    await expectRefusal(response, 405);
  });

  it('puts the request id in errors Apollo raises before execution (CSRF prevention)', async () => {
    await expectRefusal(await graphql({ method: 'GET' }, `?query=${encodeURIComponent('{ __typename }')}`), 400);
  });
});

describe('request id', () => {
  it("keeps the caller's x-request-id and puts it in the header and in every error", async () => {
    const response = await graphql({
      method: 'POST',
      headers: { 'content-type': json, 'x-request-id': 'trace-42.abc' },
      body: JSON.stringify({ query: '{ crcArticle(number: 0) { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-42.abc');
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'trace-42.abc' });
  });

  it('replaces an x-request-id that is not a sane token with a fresh UUID', async () => {
    const response = await fetch(`${service.url}/health`, { headers: { 'x-request-id': 'a b <script>' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('gives each request its own id', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${service.url}/health`)).headers.get('x-request-id')));
    expect(new Set(ids).size).toBe(3);
  });
});
