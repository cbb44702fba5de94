import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';
import { statements } from '../support/subgraph.js';

/**
 * `asOf` on the exploration fields and the exports, at a real changeover: the Criminal Code of
 * 1997 was in force until 31 December 2014 (validTo), the Code of 2014 from 1 January 2015
 * (entry into force), which REPLACES the old one from that day. On the day before, the old Code,
 * its Article 133 and their links answer; on the day itself, the new Code and its links do. The
 * REPLACES link never answers: on no day are both its ends in force.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const BEFORE = '2014-12-31';
const AFTER = '2015-01-01';
const OLD = 'kz:code:criminal-1997';
const OLD_ARTICLE = 'kz:code:criminal-1997:art:133';
const NEW = 'kz:code:criminal-2014';
const ARTICLE = 'crc:art:35';

const Exploration = graphql(`
  query AsOfExploration($asOf: Date) {
    search(query: "criminal code", kinds: [CODE], first: 50, asOf: $asOf) {
      entity {
        id
      }
    }
    searchConnection(query: "criminal code", kinds: [CODE], first: 50, asOf: $asOf) {
      edges {
        node {
          id
        }
      }
    }
    neighborhood(id: "crc:art:35", depth: 1, limit: 500, asOf: $asOf) {
      nodes {
        id
      }
      edges {
        id
        type
        source
        target
      }
    }
    newCode: paths(from: "kz:code:criminal-2014", to: "crc:art:35", maxHops: 1, asOf: $asOf) {
      nodes {
        id
      }
    }
    oldArticle: pathSubgraph(from: "kz:code:criminal-1997:art:133", to: "crc:art:35", maxHops: 1, asOf: $asOf) {
      nodes {
        id
      }
    }
    subgraph(ids: ["kz:code:criminal-1997", "kz:code:criminal-1997:art:133", "kz:code:criminal-2014", "crc:art:35"], asOf: $asOf) {
      nodes {
        id
      }
      edges {
        type
        source
        target
      }
    }
    wholeGraph(asOf: $asOf) {
      truncated
      nodes {
        id
      }
      edges {
        source
        target
      }
    }
  }
`);

const Links = graphql(`
  query OldCodeLinks($asOf: Date) {
    node(id: "kz:code:criminal-1997") {
      links(asOf: $asOf) {
        type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`);

const ids = (nodes: ReadonlyArray<{ id: string }>) => nodes.map((n) => n.id);

async function explore(asOf: string | null) {
  const { status, body } = await service.query(Exploration, { asOf });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  // One statement per root field, asOf or not.
  expect(statements(body)).toBe(7);
  return body.data!;
}

describe('asOf on the exploration fields, at the replacement of the Criminal Code', () => {
  it('keeps the 1997 Code and its article on the day before, the 2014 Code on the day of it', async () => {
    const [before, after] = [await explore(BEFORE), await explore(AFTER)];
    for (const [day, present, absent] of [
      [before, OLD, NEW],
      [after, NEW, OLD],
    ] as const) {
      expect(ids(day.search.map((h) => h.entity))).toContain(present);
      expect(ids(day.search.map((h) => h.entity))).not.toContain(absent);
      expect(ids(day.searchConnection.edges.map((e) => e.node))).toContain(present);
      expect(ids(day.searchConnection.edges.map((e) => e.node))).not.toContain(absent);
      expect(ids(day.wholeGraph.nodes)).toContain(present);
      expect(ids(day.wholeGraph.nodes)).not.toContain(absent);
    }
    expect(ids(before.neighborhood.nodes)).toContain(OLD_ARTICLE);
    expect(ids(before.neighborhood.nodes)).not.toContain(NEW);
    expect(ids(after.neighborhood.nodes)).toContain(NEW);
    expect(ids(after.neighborhood.nodes)).not.toContain(OLD_ARTICLE);
    expect(before.newCode).toEqual([]);
    expect(after.newCode.map((p) => ids(p.nodes))).toEqual([[NEW, ARTICLE]]);
    expect(ids(before.oldArticle.nodes)).toEqual([OLD_ARTICLE, ARTICLE]);
    expect(after.oldArticle.nodes).toEqual([]);
  });

  it('keeps in a subgraph only the entities in force, and the links in force between them', async () => {
    const [before, after] = [await explore(BEFORE), await explore(AFTER)];
    expect(ids(before.subgraph.nodes)).toEqual([OLD, OLD_ARTICLE, ARTICLE]);
    expect(before.subgraph.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toContain(`${OLD_ARTICLE} IMPLEMENTS ${ARTICLE}`);
    expect(ids(after.subgraph.nodes)).toEqual([NEW, ARTICLE]);
    expect(after.subgraph.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toEqual([`${NEW} IMPLEMENTS ${ARTICLE}`]);
    for (const day of [before, after]) {
      expect(day.subgraph.edges.map((e) => e.type)).not.toContain('REPLACES');
      const kept = new Set(ids(day.wholeGraph.nodes));
      expect(day.wholeGraph.edges.filter((e) => !kept.has(e.source) || !kept.has(e.target))).toEqual([]);
    }
  });

  it('answers without asOf as before: both Codes, and the link that replaced one by the other', async () => {
    const all = await explore(null);
    expect(ids(all.subgraph.nodes)).toEqual([OLD, OLD_ARTICLE, NEW, ARTICLE]);
    expect(all.subgraph.edges.map((e) => `${e.source} ${e.type} ${e.target}`)).toContain(`${NEW} REPLACES ${OLD}`);
    expect(ids(all.neighborhood.nodes)).toEqual(expect.arrayContaining([OLD_ARTICLE, NEW]));
    expect(ids(all.wholeGraph.nodes)).toEqual(expect.arrayContaining([OLD, NEW]));
  });

  it('answers a day before the CRC and one in 2030 normally', async () => {
    const [early, late] = [await explore('1988-06-01'), await explore('2030-06-01')];
    // The CRC was not yet adopted: its article has no neighbourhood, neither Code existed.
    expect(early.neighborhood.nodes).toEqual([]);
    expect(ids(early.search.map((h) => h.entity))).not.toContain(NEW);
    expect(ids(late.neighborhood.nodes)).toContain(NEW);
    expect(ids(late.search.map((h) => h.entity))).toContain(NEW);
  });
});

describe('a relationship field with asOf', () => {
  it('drops the links of an entity that is no longer in force, even when the link and its other end are', async () => {
    const { body } = await service.query(Links, { asOf: '2016-01-01' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.node!.links).toEqual([]);
    const all = await service.query(Links, { asOf: null });
    expect(all.body.data!.node!.links.map((l) => `${l.from.id} ${l.type} ${l.to.id}`)).toContain(`${NEW} REPLACES ${OLD}`);
  });
});

describe('asOf on the export route', () => {
  const download = async (query: string) => {
    const response = await fetch(`${service.url}/export/cytoscape?${query}`);
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const nodeIds = (file: Record<string, unknown>) =>
    (file['elements'] as { nodes: Array<{ data: { id: string } }> }).nodes.map((n) => n.data.id);
  const scope = `ids=${[OLD, OLD_ARTICLE, NEW, ARTICLE].join(',')}`;

  it('exports what was in force that day', async () => {
    expect(nodeIds((await download(`${scope}&asOf=${BEFORE}`)).json)).toEqual([OLD, OLD_ARTICLE, ARTICLE]);
    expect(nodeIds((await download(`${scope}&asOf=${AFTER}`)).json)).toEqual([NEW, ARTICLE]);
    expect(nodeIds((await download(`neighborhood=${ARTICLE}&asOf=${AFTER}`)).json)).not.toContain(OLD_ARTICLE);
    expect(nodeIds((await download(scope)).json)).toEqual([OLD, OLD_ARTICLE, NEW, ARTICLE]);
  });

  it.each(['2024-13-40', 'yesterday', '2015-1-1'])('answers asOf=%s with 400 and a JSON error naming asOf', async (bad) => {
    const { status, json } = await download(`${scope}&asOf=${bad}`);
    expect(status).toBe(400);
    expect(json['error']).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});

describe('a malformed date', () => {
  it.each(['2024-13-40', 'yesterday'])('written in the document (%s) is BAD_USER_INPUT naming the argument', async (bad) => {
    const { status, json } = await service.post(JSON.stringify({ query: `{ search(query: "code", asOf: "${bad}") { score } }` }));
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(json?.errors?.[0]?.message).toContain(bad);
  });

  it.each(['2024-13-40', 'yesterday'])('given as a variable (%s) is BAD_USER_INPUT naming the argument', async (bad) => {
    const query = 'query($day: Date) { neighborhood(id: "crc", asOf: $day) { nodeCount } }';
    const { status, json } = await service.post(JSON.stringify({ query, variables: { day: bad } }));
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});
