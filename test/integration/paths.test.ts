import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { PathsQueryVariables } from '../generated/graphql.js';
import { startService, type TestService } from '../support/service.js';
import { expectDrawable, statements } from '../support/subgraph.js';

/** "How is this law connected to that challenge?": bounded shortest paths, in one statement. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Paths = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!], $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $types, first: $first) {
      length
      nodes {
        id
        kind
        name
      }
      edges {
        id
        type
        source
        target
      }
    }
  }
`);

const PathSubgraph = graphql(`
  query PathSubgraph($from: ID!, $to: ID!, $types: [RelationType!]) {
    pathSubgraph(from: $from, to: $to, relationTypes: $types) {
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

/** Links that say something about law and rights (not which source mentions what). */
const SUBSTANTIVE = ['IMPLEMENTS', 'ADDRESSES', 'AFFECTS', 'CONCERNS', 'ASKS_TO_CHANGE', 'PART_OF'] as const;

async function paths(variables: PathsQueryVariables) {
  const { status, body } = await service.query(Paths, variables);
  expect(status).toBe(200);
  return body;
}

describe('paths', () => {
  it('returns the shortest paths first, each a chain of links from one end to the other', async () => {
    const body = await paths({ from: 'kz:law:education', to: 'kz:challenge:abuse-and-neglect', types: [...SUBSTANTIVE] });
    expect(body.errors).toBeUndefined();
    expect(statements(body)).toBe(1);
    const found = body.data!.paths;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const routes = new Set<string>();
    for (const path of found) {
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.nodes).toHaveLength(path.length + 1);
      expect(path.edges).toHaveLength(path.length);
      expect(path.nodes[0]!.id).toBe('kz:law:education');
      expect(path.nodes.at(-1)!.id).toBe('kz:challenge:abuse-and-neglect');
      path.edges.forEach((edge, i) => {
        // Each link joins consecutive entities, in its own direction.
        const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
        expect([edge.source, edge.target].sort()).toEqual(ends);
        expect(SUBSTANTIVE).toContain(edge.type);
      });
      routes.add(path.nodes.map((n) => n.id).join(' > '));
    }
    // Parallel links (two versions of one IMPLEMENTS link) do not make two routes.
    expect(routes.size).toBe(found.length);
  });

  it('keeps to first and maxHops', async () => {
    const two = (await paths({ from: 'kz:law:education', to: 'kz:challenge:abuse-and-neglect', first: 2 })).data!.paths;
    expect(two).toHaveLength(2);
    const direct = (await paths({ from: 'kz:law:education', to: 'kz:challenge:abuse-and-neglect', maxHops: 1 })).data!.paths;
    expect(direct).toEqual([]);
  });

  it('gives the one path of length 0 from an entity to itself', async () => {
    const self = (await paths({ from: 'crc', to: 'crc' })).data!.paths;
    expect(self).toEqual([{ length: 0, nodes: [expect.objectContaining({ id: 'crc' })], edges: [] }]);
  });

  it.each([
    [{ maxHops: 7 }, 'maxHops', '1..6'],
    [{ maxHops: 0 }, 'maxHops', '1..6'],
    [{ first: 11 }, 'first', '1..10'],
    [{ first: 0 }, 'first', '1..10'],
  ])('answers %o with BAD_USER_INPUT and the allowed range', async (args, argument, allowed) => {
    const body = await paths({ from: 'crc', to: 'kz', ...args });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, allowed });
    expect(statements(body)).toBe(0);
  });

  it('answers an unknown end with NOT_FOUND naming it', async () => {
    const to = await paths({ from: 'crc', to: 'kz:law:no-such-law' });
    expect(to.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'kz:law:no-such-law' });
    const from = await paths({ from: 'kz:law:no-such-law', to: 'crc' });
    expect(from.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'kz:law:no-such-law' });
  });
});

describe('pathSubgraph', () => {
  it('draws the union of the paths as one subgraph, in one statement', async () => {
    const variables = { from: 'kz:law:education', to: 'kz:challenge:abuse-and-neglect', types: [...SUBSTANTIVE] };
    const { body } = await service.query(PathSubgraph, variables);
    expect(statements(body)).toBe(1);
    const union = body.data!.pathSubgraph;
    expectDrawable(union);
    const found = (await paths(variables)).data!.paths;
    expect(new Set(union.nodes.map((n) => n.id))).toEqual(new Set(found.flatMap((p) => p.nodes.map((n) => n.id))));
    expect(new Set(union.edges.map((e) => e.id))).toEqual(new Set(found.flatMap((p) => p.edges.map((e) => e.id))));
    expect(union.truncated).toBe(false);
  });
});
