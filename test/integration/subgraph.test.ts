import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';
import { expectDrawable, statements } from '../support/subgraph.js';

let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Subgraph = graphql(`
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      truncated
      nodes {
        id
        name(lang: KK)
      }
      edges {
        id
        type
        source
        target
        basis
      }
    }
  }
`);

const WholeGraph = graphql(`
  query WholeGraph($limit: Int) {
    wholeGraph(limit: $limit) {
      truncated
      nodeCount
      edgeCount
      nodes {
        id
        kind
      }
      edges {
        id
        source
        target
      }
    }
  }
`);

describe('subgraph (induced by a set of ids)', () => {
  it('returns the entities in the order given and every link between two of them, in one statement', async () => {
    const ids = ['kz:law:education', 'crc:art:28', 'crc', 'kz:law:education:art:8'];
    const { body } = await service.query(Subgraph, { ids });
    expect(body.errors).toBeUndefined();
    expect(statements(body)).toBe(1);
    const result = body.data!.subgraph;
    expect(result.nodes.map((n) => n.id)).toEqual(ids);
    expectDrawable(result);
    const pairs = result.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'kz:law:education IMPLEMENTS crc:art:28',
        'crc:art:28 PART_OF crc',
        'kz:law:education:art:8 PART_OF kz:law:education',
        'kz:law:education:art:8 IMPLEMENTS crc:art:28',
      ]),
    );
    // Induced: nothing leads outside the set (the law's sources are not in it).
    expect(result.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
    expect(result.truncated).toBe(false);
  });

  it('drops repeated ids', async () => {
    const { body } = await service.query(Subgraph, { ids: ['crc', 'crc:art:1', 'crc'] });
    expect(body.data!.subgraph.nodes.map((n) => n.id)).toEqual(['crc', 'crc:art:1']);
  });

  it('answers an empty list with BAD_USER_INPUT and the allowed range', async () => {
    const { body } = await service.query(Subgraph, { ids: [] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids', allowed: '1..5000 ids' });
    expect(statements(body)).toBe(0);
  });

  it('answers unknown ids with NOT_FOUND naming every one', async () => {
    const { body } = await service.query(Subgraph, { ids: ['crc', 'kz:law:nope', 'kz:law:nope-either'] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['kz:law:nope', 'kz:law:nope-either'] });
  });

  it('answers more ids than the configured maximum with BAD_USER_INPUT', async () => {
    const small = await startService({ maxSubgraphNodes: 10 });
    try {
      const ids = Array.from({ length: 11 }, (_, i) => `crc:art:${i + 1}`);
      const { body } = await small.query(Subgraph, { ids });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids', allowed: '1..10 ids' });
    } finally {
      await small.close();
    }
  });
});

describe('wholeGraph', () => {
  it('returns every entity and every link between entities, in one statement', async () => {
    const { body } = await service.query(WholeGraph, {});
    expect(statements(body)).toBe(1);
    const graph = body.data!.wholeGraph;
    const [counts] = await service.db.read(
      'test:counts',
      'MATCH (n:Entity) WITH count(n) AS nodes RETURN nodes, COUNT { MATCH (:Entity)-[r]->(:Entity) } AS edges',
    );
    expect(graph.nodeCount).toBe(counts!['nodes']);
    expect(graph.edgeCount).toBe(counts!['edges']);
    expect(graph.truncated).toBe(false);
    expectDrawable(graph);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('cuts at limit and says so', async () => {
    const { body } = await service.query(WholeGraph, { limit: 10 });
    const graph = body.data!.wholeGraph;
    expect(graph.nodes).toHaveLength(10);
    expect(graph.truncated).toBe(true);
    expectDrawable(graph);
  });

  it('answers a limit above the maximum with BAD_USER_INPUT', async () => {
    const { body } = await service.query(WholeGraph, { limit: 5001 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', allowed: '1..5000' });
  });
});
