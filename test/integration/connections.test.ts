import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';
import { statements } from '../support/subgraph.js';

/** Cursor connections: every item once, in a stable order, whatever the page size. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Instruments = graphql(`
  query InstrumentsPage($kind: InstrumentKind, $asOf: Date, $first: Int, $after: String) {
    instrumentsConnection(kind: $kind, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          instrumentKind
          name
          provisions {
            id
          }
        }
      }
    }
  }
`);

const AllInstruments = graphql(`
  query AllInstruments($kind: InstrumentKind) {
    instruments(kind: $kind) {
      id
    }
  }
`);

const Search = graphql(`
  query SearchPage($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
    searchConnection(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        node {
          id
          kind
        }
      }
    }
  }
`);

const Recommendations = graphql(`
  query RecommendationsPage($article: Int, $document: ID, $asOf: Date, $first: Int, $after: String) {
    recommendationsConnection(article: $article, document: $document, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          symbol
          paragraph
        }
      }
    }
  }
`);

const RecommendationsList = graphql(`
  query RecommendationsListAsOf($article: Int, $asOf: Date) {
    recommendations(article: $article, asOf: $asOf) {
      id
    }
  }
`);

const Institutions = graphql(`
  query InstitutionsPage($asOf: Date, $first: Int, $after: String) {
    institutionsConnection(asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          validFrom
          validTo
        }
      }
    }
  }
`);

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: T[];
}

/** Walks a connection to its end, checking each page; returns every edge in order. */
async function walk<T>(
  fetchPage: (after: string | null) => Promise<{ page: Page<T>; body: { extensions?: Record<string, unknown> } }>,
  size: number,
) {
  const all: T[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const { page, body } = await fetchPage(after);
    expect(statements(body)).toBe(1);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    all.push(...page.edges);
    if (!page.pageInfo.hasNextPage) {
      expect(all).toHaveLength(page.totalCount);
      return all;
    }
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('more than 100 pages');
}

describe('instrumentsConnection', () => {
  it('pages through every instrument once, in kind-then-id order', async () => {
    const edges = await walk(async (after) => {
      const { body } = await service.query(Instruments, { first: 7, after });
      return { page: body.data!.instrumentsConnection, body };
    }, 7);
    const ids = edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const everything = (await service.query(AllInstruments, {})).body.data!.instruments.map((i) => i.id);
    expect(ids).toEqual(everything);
    expect(edges[0]!.node.name.length).toBeGreaterThan(0);
    expect(edges.find((e) => e.node.id === 'crc')!.node.provisions).toHaveLength(54);
  });

  it('filters by kind and asOf, and says where a page sits', async () => {
    const { body } = await service.query(Instruments, { kind: 'LAW', first: 2 });
    const page = body.data!.instrumentsConnection;
    const laws = (await service.query(AllInstruments, { kind: 'LAW' })).body.data!.instruments;
    expect(page.totalCount).toBe(laws.length);
    expect(page.edges.map((e) => e.node.instrumentKind)).toEqual(['LAW', 'LAW']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]!.cursor });
    const next = (await service.query(Instruments, { kind: 'LAW', first: 2, after: page.pageInfo.endCursor })).body.data!
      .instrumentsConnection;
    expect(next.pageInfo.hasPreviousPage).toBe(true);
    expect(next.edges[0]!.node.id > page.edges[1]!.node.id).toBe(true);
    const in2020 = (await service.query(Instruments, { kind: 'CONSTITUTION', asOf: '2020-01-01' })).body.data!.instrumentsConnection;
    expect(in2020.edges.map((e) => e.node.id)).toEqual(['kz:const:1995']);
  });

  it.each([
    [{ first: 0 }, 'first', '1..100'],
    [{ first: 101 }, 'first', '1..100'],
    [{ after: 'not a cursor' }, 'after', undefined],
    // A cursor of another list (search keys are [score, id]).
    [{ after: Buffer.from('[1.5,"crc"]').toString('base64url') }, 'after', undefined],
  ])('answers %o with BAD_USER_INPUT', async (args, argument, allowed) => {
    const { body } = await service.query(Instruments, args);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, ...(allowed ? { allowed } : {}) });
  });
});

describe('searchConnection', () => {
  it('pages through the results best first, the same as one big page', async () => {
    const whole = (await service.query(Search, { query: 'child', first: 100 })).body.data!.searchConnection;
    expect(whole.totalCount).toBeGreaterThan(10);
    const edges = await walk(async (after) => {
      const { body } = await service.query(Search, { query: 'child', first: 4, after });
      return { page: body.data!.searchConnection, body };
    }, 4);
    expect(edges).toHaveLength(whole.totalCount);
    expect(edges.slice(0, whole.edges.length).map((e) => e.node.id)).toEqual(whole.edges.map((e) => e.node.id));
    const scores = edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by kind', async () => {
    const page = (await service.query(Search, { query: 'law', kinds: ['LAW'], first: 5 })).body.data!.searchConnection;
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every((e) => e.node.kind === 'LAW')).toBe(true);
  });
});

describe('recommendationsConnection', () => {
  it('pages through the recommendations concerning an article, in document and paragraph order', async () => {
    const edges = await walk(async (after) => {
      const { body } = await service.query(Recommendations, { article: 3, first: 2, after });
      return { page: body.data!.recommendationsConnection, body };
    }, 2);
    expect(edges.length).toBeGreaterThan(2);
    const [counted] = await service.db.read(
      'test:count',
      "RETURN COUNT { MATCH (:Entity {id: 'crc:art:3'})<-[:CONCERNS]-(:Recommendation) } AS count",
    );
    expect(edges).toHaveLength(counted!['count'] as number);
    const symbols = edges.map((e) => e.node.symbol ?? '');
    expect(symbols).toEqual([...symbols].sort());
  });

  it('filters by document, and both filters together', async () => {
    const doc = (await service.query(Recommendations, { document: 'CRC/C/15/Add.213', first: 100 })).body.data!.recommendationsConnection;
    expect(doc.edges.length).toBeGreaterThan(0);
    expect(doc.edges.every((e) => e.node.id.startsWith('CRC/C/15/Add.213#'))).toBe(true);
    const both = (await service.query(Recommendations, { document: 'CRC/C/15/Add.213', article: 3, first: 100 })).body.data!
      .recommendationsConnection;
    const onlyArticle = (await service.query(Recommendations, { article: 3, first: 100 })).body.data!.recommendationsConnection;
    expect(both.edges.map((e) => e.node.id)).toEqual(
      onlyArticle.edges.map((e) => e.node.id).filter((id) => doc.edges.some((d) => d.node.id === id)),
    );
  });

  it('keeps with asOf what the list keeps: recommendations issued by that day', async () => {
    const day = '2010-01-01';
    const page = (await service.query(Recommendations, { asOf: day, first: 100 })).body.data!.recommendationsConnection;
    const { body } = await service.query(RecommendationsList, { asOf: day });
    const list = body.data!.recommendations.map((r) => r.id);
    expect(list.length).toBeGreaterThan(0);
    expect(page.edges.map((e) => e.node.id).sort()).toEqual([...list].sort());
    expect(page.totalCount).toBe(list.length);
    const all = (await service.query(Recommendations, { first: 100 })).body.data!.recommendationsConnection;
    expect(page.totalCount).toBeLessThan(all.totalCount);
    const withArticle = (await service.query(Recommendations, { article: 3, asOf: day, first: 100 })).body.data!.recommendationsConnection;
    const listWithArticle = (await service.query(RecommendationsList, { article: 3, asOf: day })).body.data!.recommendations;
    expect(withArticle.edges.map((e) => e.node.id).sort()).toEqual(listWithArticle.map((r) => r.id).sort());
  });

  it('answers an unknown document with NOT_FOUND and an article out of range with BAD_USER_INPUT', async () => {
    const unknown = await service.query(Recommendations, { document: 'CRC/C/XXX/CO/1' });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const article = await service.query(Recommendations, { article: 55 });
    expect(article.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'article', allowed: '1..54' });
  });
});

describe('institutionsConnection', () => {
  it('pages through the institutions, and asOf keeps those existing that day', async () => {
    const all = await walk(async (after) => {
      const { body } = await service.query(Institutions, { first: 5, after });
      return { page: body.data!.institutionsConnection, body };
    }, 5);
    const ids = all.map((e) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    const in2010 = (await service.query(Institutions, { asOf: '2010-01-01', first: 100 })).body.data!.institutionsConnection;
    expect(in2010.totalCount).toBeLessThan(all.length);
    for (const { node } of in2010.edges) {
      expect(node.validFrom == null || node.validFrom <= '2010-01-01').toBe(true);
      expect(node.validTo == null || node.validTo >= '2010-01-01').toBe(true);
    }
  });
});
