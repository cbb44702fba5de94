import { loadReadQueries } from '../../src/read/queries.js';
import { render } from '../../src/read/template.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { totalDbHits } from '../../src/db/plan.js';
import { applySchema } from '../../src/db/schema.js';
import { createLogger } from '../../src/logger.js';
import { graphql } from '../generated/index.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type TestService } from '../support/service.js';
import { expectDrawable, statements } from '../support/subgraph.js';

/**
 * A hub with 20,000 links (a source every entity cites, a CRC article every State implements):
 * its neighbourhood stays within the limit, and the database reads only about as many links as
 * the limit, not all of them. On the scratch Neo4j: the synthetic hub must not show up in other tests.
 */
const SPOKES = 20_000;
const scratch = useScratchNeo4j('empty');
let service: TestService;

beforeAll(async () => {
  const db = new Database({
    ...scratch.access,
    database: 'neo4j',
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    await applySchema(db);
    await db.write(
      'test:hub',
      `CREATE (hub:Entity:Source {id: 'test:hub', kind: 'SOURCE', name_en: 'Hub'})
       WITH hub UNWIND range(1, $spokes) AS i
       CREATE (m:Entity:Measure {id: 'test:spoke:' + i, kind: 'MEASURE', name_en: 'Spoke ' + i})-[:SUPPORTED_BY {id: 'test:spoke:' + i + '|SUPPORTED_BY|test:hub'}]->(hub)`,
      { spokes: SPOKES },
    );
    await db.write(
      'test:rim',
      `MATCH (a:Entity {id: 'test:spoke:1'}), (b:Entity {id: 'test:spoke:2'})
       CREATE (a)-[:ADDRESSES {id: 'test:spoke:1|ADDRESSES|test:spoke:2', basis: 'EDITORIAL'}]->(b)`,
    );
  } finally {
    await db.close();
  }
  service = await startService({}, scratch.access);
});

afterAll(async () => {
  await service?.close();
});

const HubNeighborhood = graphql(`
  query HubNeighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes {
        id
      }
      edges {
        id
        source
        target
      }
    }
  }
`);

describe('a hub with 20,000 links', () => {
  it.each([1, 2, 3])('has a neighbourhood of depth %i cut at the limit, and says so', async (depth) => {
    const { body } = await service.query(HubNeighborhood, { id: 'test:hub', depth, limit: 100 });
    expect(statements(body)).toBe(1);
    const result = body.data!.neighborhood;
    expect(result.nodes).toHaveLength(100);
    expect(result.truncated).toBe(true);
    expectDrawable(result);
  });

  it('from a spoke, reaches the hub and stops at the limit two links out', async () => {
    const { body } = await service.query(HubNeighborhood, { id: 'test:spoke:1', depth: 2, limit: 50 });
    const result = body.data!.neighborhood;
    expect(result.nodes.map((n) => n.id).slice(0, 3)).toEqual(expect.arrayContaining(['test:spoke:1', 'test:hub', 'test:spoke:2']));
    expect(result.nodes).toHaveLength(50);
    expect(result.truncated).toBe(true);
  });

  it('reads about as many links as the limit, not the 20,000 (PROFILE database hits)', async () => {
    const text = render(loadReadQueries().neighborhood, { projection: 'n {.id}', edgeProperties: '.id', literals: {} });
    // With and without a day: the in-force filter is applied to each link as it is expanded,
    // so it does not make the search read the whole hub.
    for (const asOf of [null, '2020-01-01']) {
      const params = { id: 'test:hub', depth: 3, limit: 100, types: null, kinds: null, maxEdges: 50_000, asOf };
      const [row] = await service.db.read('neighborhood', text, params);
      const hits = totalDbHits(await service.db.plan(text, params, 'PROFILE'));
      expect(row?.['truncated']).toBe(true);
      // Three levels of at most 100 new neighbours each, their links among themselves, and the
      // properties read: a few thousand hits. Reading every link of the hub would be 20,000+.
      expect(hits, `asOf ${asOf}`).toBeLessThan(SPOKES / 4);
    }
  });
});
