import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { NeighborhoodQueryVariables } from '../generated/graphql.js';
import { startService, type TestService } from '../support/service.js';
import { expectDrawable, statements } from '../support/subgraph.js';

/** "What surrounds this law?": a bounded, drawable neighbourhood in one statement. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Neighborhood = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $types: [RelationType!], $kinds: [EntityKind!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, relationTypes: $types, kinds: $kinds, limit: $limit) {
      truncated
      nodeCount
      edgeCount
      nodes {
        id
        kind
        name(lang: RU)
        sources {
          id
        }
      }
      edges {
        id
        type
        source
        target
        basis
        status
        sourceIds
      }
    }
  }
`);

async function neighborhood(variables: NeighborhoodQueryVariables) {
  const { status, body } = await service.query(Neighborhood, variables);
  expect(status).toBe(200);
  return body;
}

describe('neighborhood', () => {
  it('returns the entities one link away, the centre first, every edge between them, in one statement', async () => {
    const body = await neighborhood({ id: 'kz:law:education' });
    expect(body.errors).toBeUndefined();
    const result = body.data!.neighborhood;
    expect(statements(body)).toBe(1);
    expect(result.nodes[0]).toMatchObject({ id: 'kz:law:education', kind: 'LAW', name: 'Закон «Об образовании»' });
    expect(result.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['crc:art:28', 'kz:law:education:art:8', 'src:seed-paper']));
    expect(result.truncated).toBe(false);
    expect(result.nodeCount).toBe(result.nodes.length);
    expect(result.edgeCount).toBe(result.edges.length);
    expectDrawable(result);
    // Links among the neighbours are there too, not only those from the centre.
    expect(result.edges.some((e) => e.source === 'kz:law:education:art:8' && e.target === 'crc:art:28')).toBe(true);
    // Both versions of a disputed link stay, each with its basis and sources.
    const toArticle28 = result.edges.filter((e) => e.source === 'kz:law:education' && e.target === 'crc:art:28');
    expect(toArticle28.map((e) => e.basis).sort()).toEqual(['EDITORIAL', 'SEED_PAPER']);
    expect(toArticle28.every((e) => e.sourceIds.length > 0)).toBe(true);
    // Entity fields on the nodes are projected in the same statement.
    expect(result.nodes[0]!.sources.map((s) => s.id)).toContain('src:adilet-z070000319');
  });

  it('reaches farther with depth 2, keeping depth 1 a subset', async () => {
    const one = (await neighborhood({ id: 'crc:art:19', types: ['IMPLEMENTS', 'PART_OF'] })).data!.neighborhood;
    const two = (await neighborhood({ id: 'crc:art:19', depth: 2, types: ['IMPLEMENTS', 'PART_OF'] })).data!.neighborhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(one.nodes.map((n) => n.id)));
    // Nearer entities come before farther ones: depth 1's nodes are depth 2's first ones.
    expect(new Set(two.nodes.slice(0, one.nodes.length).map((n) => n.id))).toEqual(new Set(one.nodes.map((n) => n.id)));
    expectDrawable(two);
  });

  it('follows only the relation types asked, and keeps only the kinds asked (and the centre)', async () => {
    const typed = (await neighborhood({ id: 'crc:art:28', depth: 2, types: ['IMPLEMENTS'] })).data!.neighborhood;
    expect(typed.edges.length).toBeGreaterThan(0);
    expect(new Set(typed.edges.map((e) => e.type))).toEqual(new Set(['IMPLEMENTS']));
    expectDrawable(typed);

    const kinds = (await neighborhood({ id: 'kz:law:education', kinds: ['PROVISION'] })).data!.neighborhood;
    expect(kinds.nodes[0]!.kind).toBe('LAW');
    expect(kinds.nodes.slice(1).every((n) => n.kind === 'PROVISION')).toBe(true);
    expect(kinds.nodes.length).toBeGreaterThan(1);
    expectDrawable(kinds);
  });

  it('cuts a hub at the limit and says so (depth 3 from the most linked source)', async () => {
    const body = await neighborhood({ id: 'src:seed-paper', depth: 3, limit: 12 });
    const result = body.data!.neighborhood;
    expect(result.nodes).toHaveLength(12);
    expect(result.truncated).toBe(true);
    expect(result.nodes[0]!.id).toBe('src:seed-paper');
    expectDrawable(result);
    expect(statements(body)).toBe(1);
  });

  it('is not truncated when everything within reach fits', async () => {
    const small = (await neighborhood({ id: 'kz:law:education', types: ['PART_OF'] })).data!.neighborhood;
    const exact = (await neighborhood({ id: 'kz:law:education', types: ['PART_OF'], limit: small.nodes.length })).data!.neighborhood;
    expect(exact.truncated).toBe(false);
    expect(exact.nodes).toHaveLength(small.nodes.length);
    const cut = (await neighborhood({ id: 'kz:law:education', types: ['PART_OF'], limit: small.nodes.length - 1 })).data!.neighborhood;
    expect(cut.truncated).toBe(true);
  });

  it.each([
    [{ depth: 4 }, 'depth', '1..3'],
    [{ depth: 0 }, 'depth', '1..3'],
    [{ limit: 0 }, 'limit', '1..5000'],
    [{ limit: 5001 }, 'limit', '1..5000'],
  ])('answers %o with BAD_USER_INPUT and the allowed range', async (args, argument, allowed) => {
    const body = await neighborhood({ id: 'crc', ...args });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, allowed });
    expect(statements(body)).toBe(0);
  });

  it('answers an unknown id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await neighborhood({ id: 'kz:law:no-such-law' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'kz:law:no-such-law' });
    const malformed = await neighborhood({ id: 'a b' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('the configured maximum (CRG_MAX_SUBGRAPH_NODES)', () => {
  it('bounds limit, and says so in the allowed range', async () => {
    const small = await startService({ maxSubgraphNodes: 20 });
    try {
      const { body } = await small.query(Neighborhood, { id: 'crc', limit: 21 });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', allowed: '1..20' });
      const ok = await small.query(Neighborhood, { id: 'crc', limit: 20 });
      expect(ok.body.data!.neighborhood.nodes.length).toBeLessThanOrEqual(20);
    } finally {
      await small.close();
    }
  });
});
