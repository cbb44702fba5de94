import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from '../support/service.js';

let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

describe('health and readiness', () => {
  it('answers /health while the process lives', async () => {
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready once Neo4j answers and the dataset is loaded', async () => {
    const response = await fetch(`${service.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, neo4j: true, dataLoaded: true, breaker: 'closed' });
  });

  it('serves GraphQL over GET for queries', async () => {
    const response = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ crcArticle(number: 3) { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { crcArticle: { id: 'crc:art:3' } } });
  });
});
