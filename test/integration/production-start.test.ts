import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../../scripts/build.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { SERVICE_PROCESS_START_MS, spawnCompiledService, type SpawnedService } from '../support/service-process.js';
import { sharedNeo4j } from '../support/shared-graph.js';

/**
 * `npm start` runs the compiled bundle (scripts/build.ts) with plain Node, no TypeScript loader.
 * Built here into a folder of this file's own, deeper than dist/, so the test also shows that the
 * bundle finds the project's files (Cypher, schema, public/, the GraphiQL sources) from wherever
 * it lies in the checkout.
 */
const OUT = join(PROJECT_ROOT, '.cache', `production-start-${process.pid}`);
let service: SpawnedService;

beforeAll(async () => {
  const main = await buildService(OUT);
  service = await spawnCompiledService(main, sharedNeo4j()).then((s) => s.ready());
}, SERVICE_PROCESS_START_MS);
afterAll(async () => {
  await service?.stop();
  await rm(OUT, { recursive: true, force: true });
});

describe('the compiled service', () => {
  it('answers a query through its Cypher files and schema', async () => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ crcArticle(number: 12) { id name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { crcArticle: { id: 'crc:art:12', name: 'Respect for the views of the child' } } });
  });

  it('serves the explorer page from public/ and GraphiQL from its bundle', { timeout: SERVICE_PROCESS_START_MS }, async () => {
    const explorer = await fetch(`${service.url}/explore`);
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('<html');
    const graphiql = await fetch(`${service.url}/graphiql`);
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('graphiql-config');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    expect(await service.stop()).toBe(0);
  });
});
