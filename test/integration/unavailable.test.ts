import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { loadDataset } from '../../src/data/load.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startTestNeo4j, type TestNeo4j } from '../support/neo4j.js';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** Neo4j goes away while the service runs, then comes back: no restart of the service needed. */
let neo4j: TestNeo4j;
let service: TestService;

beforeAll(async () => {
  neo4j = await startTestNeo4j();
  const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: 30_000, logger: createLogger({ logLevel: 'silent' }) });
  await applySchema(db);
  await loadDataset(db, loadConfig({}, {}).dataDir);
  await db.close();
  service = await startService({}, neo4j);
});
afterAll(async () => {
  await service.close();
  await neo4j.dispose();
});

const QUERY = graphql(`
  query Article12 {
    crcArticle(number: 12) {
      id
    }
  }
`);

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${seconds} s`);
}

describe('when Neo4j stops and comes back', () => {
  it('answers SERVICE_UNAVAILABLE, turns /ready to 503, and recovers by itself', async () => {
    expect((await service.query(QUERY)).body.data).toEqual({ crcArticle: { id: 'crc:art:12' } });

    await neo4j.stop();
    const down = await service.query(QUERY);
    expect(down.status).toBe(200);
    expect(down.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|bolt|ECONNREFUSED|stack/i);
    expect((await fetch(`${service.url}/ready`)).status).toBe(503);
    expect((await fetch(`${service.url}/health`)).status).toBe(200);

    await neo4j.restart();
    await until(async () => (await fetch(`${service.url}/ready`)).status === 200, 60);
    expect((await service.query(QUERY)).body.data).toEqual({ crcArticle: { id: 'crc:art:12' } });
  });
});
