import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** `/metrics` after some traffic: the counters move, by operation name, error code and query. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const MetricsArticle = graphql(`
  query MetricsArticle($n: Int!) {
    crcArticle(number: $n) {
      id
      name
    }
  }
`);

async function scrape(): Promise<string> {
  const response = await fetch(`${service.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts requests, errors, latency and Neo4j statements as traffic comes in', async () => {
    const before = await scrape();
    for (const n of [1, 2, 3]) {
      const { body } = await service.query(MetricsArticle, { n });
      expect(body.errors).toBeUndefined();
    }
    const failed = await service.query(MetricsArticle, { n: 99 });
    expect(failed.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    await service.post('{"query": "{ nope }"}');
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('crg_graphql_requests_total', { operation: 'MetricsArticle' })).toBe(4);
    expect(delta('crg_graphql_requests_total', { operation: 'invalid' })).toBe(1);
    expect(delta('crg_graphql_request_duration_seconds_count', { operation: 'MetricsArticle' })).toBe(4);
    expect(delta('crg_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('crg_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    // Article 99 is refused before any Cypher runs: three statements, one per valid request.
    expect(delta('crg_neo4j_statement_duration_seconds_count', { query: 'crcArticle', outcome: 'ok' })).toBe(3);
    expect(sample(after, 'crg_neo4j_statement_duration_seconds_sum', { query: 'crcArticle', outcome: 'ok' })).toBeGreaterThan(0);
    expect(delta('crg_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBe(4);
    expect(delta('crg_http_requests_total', { route: '/graphql', method: 'POST', status: '400' })).toBe(1);
  });

  it('reports the Neo4j pool: connections in use and the maximum', async () => {
    const text = await scrape();
    expect(sample(text, 'crg_neo4j_pool_max_size')).toBe(50);
    expect(text).toMatch(/^crg_neo4j_pool_in_use 0$/m);
  });

  it('includes the process metrics (memory, CPU, event loop)', async () => {
    const text = await scrape();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
