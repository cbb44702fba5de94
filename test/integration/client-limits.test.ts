import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curator } from '../support/curation.js';
import { clientLimitsOn, startService, type TestService } from '../support/service.js';

/** Each client (token, or IP address when anonymous) has a budget of requests and of query cost. */
const test = curator();
let byRate: TestService;
let byCost: TestService;
let unlimited: TestService;
let editor: Record<string, string>;

beforeAll(async () => {
  // Windows far longer than the test, so no budget refills while it runs.
  byRate = await startService(clientLimitsOn({ requests: 20, windowSeconds: 600 }));
  byCost = await startService(clientLimitsOn({ requests: 10_000, cost: 150, windowSeconds: 600 }));
  unlimited = await startService();
  test.use(byRate.db);
  editor = await test.bearer('editor');
});
afterAll(async () => {
  await test.cleanup();
  await Promise.all([byRate.close(), byCost.close(), unlimited.close()]);
});

const READ = JSON.stringify({ query: '{ crcArticle(number: 3) { id } }' });
/** `crcArticles` costs 1 + 54 × 1 = 55. */
const COSTLY = JSON.stringify({ query: '{ crcArticles { id } }' });

async function metric(service: TestService, line: string): Promise<number> {
  const text = await (await fetch(`${service.url}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.split(' ')[1]) : 0;
}

describe('the request-rate budget', () => {
  it('answers a flood from one client with 429s, Retry-After and a coded GraphQL error, and no 5xx', async () => {
    const answers = await Promise.all(Array.from({ length: 80 }, () => byRate.post(READ)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(60);
    for (const answer of refused) {
      const retryAfter = Number(answer.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(answer.json?.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'requests',
        allowed: 20,
        windowSeconds: 600,
      });
      expect(answer.json?.errors?.[0]?.extensions?.['requestId']).toEqual(expect.any(String));
    }
    expect(await metric(byRate, 'crg_client_limit_refusals_total{limit="requests"}')).toBeGreaterThanOrEqual(60);
    expect(await metric(byRate, 'crg_graphql_errors_total{code="RATE_LIMITED"}')).toBeGreaterThanOrEqual(60);
  });

  it('counts a token holder apart from the anonymous callers of the same address', async () => {
    const answer = await byRate.post(READ, 'application/json', editor);
    expect(answer.status).toBe(200);
    expect(answer.json?.data).toEqual({ crcArticle: { id: 'crc:art:3' } });
    // A made-up token is no new client: it spends the (spent) budget of its address.
    const invented = await byRate.post(READ, 'application/json', { authorization: `Bearer crg_${'x'.repeat(43)}` });
    expect(invented.status).toBe(429);
  });

  it('never throttles health, readiness and metrics', async () => {
    for (const path of ['/health', '/ready', '/metrics']) {
      expect((await fetch(`${byRate.url}${path}`)).status).toBe(200);
    }
  });
});

describe('the cost budget', () => {
  it('refuses the operation its client can no longer pay for, before it runs, with 429 and Retry-After', async () => {
    const first = await byCost.post(COSTLY);
    const second = await byCost.post(COSTLY);
    const third = await byCost.post(COSTLY);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(third.json?.data).toBeUndefined();
    expect(third.json?.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'cost', allowed: 150 });
    expect(await metric(byCost, 'crg_client_limit_refusals_total{limit="cost"}')).toBe(1);
  });

  it('leaves other clients their own budget', async () => {
    const answer = await byCost.post(COSTLY, 'application/json', editor);
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
  });
});

describe('with the budgets off (the tests’ default)', () => {
  it('serves a flood in full', async () => {
    const answers = await Promise.all(Array.from({ length: 80 }, () => unlimited.post(READ)));
    expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
  });
});
