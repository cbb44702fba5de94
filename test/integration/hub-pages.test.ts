import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { Database } from '../../src/db/database.js';
import { totalDbHits } from '../../src/db/plan.js';
import { generateStates } from '../../src/synthetic/write.js';
import { graphql } from '../generated/index.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type TestService } from '../support/service.js';
import { statements } from '../support/subgraph.js';

/**
 * The paged relationship fields of a hub: a CRC article's implementing links and recommendations,
 * a page at a time. Every link once, in link-id order, the same as the plain list; bad page
 * arguments are BAD_USER_INPUT naming the argument; and the first page reads about as much of
 * the graph with many generated States as with one (PROFILE's database hits, deterministic for
 * the generator's fixed States). On the scratch Neo4j: it adds generated States.
 */
const scratch = useScratchNeo4j('dataset');
let db: Database;
let service: TestService;

beforeAll(async () => {
  db = new Database({ ...scratch.access, database: 'neo4j', queryTimeoutMs: 120_000, logger: createLogger({ logLevel: 'silent' }) });
  await generateStates(db, { states: 1 });
  service = await startService({}, scratch.access);
});
afterAll(async () => {
  await service?.close();
  await db?.close();
});

const Implementers = graphql(`
  query HubImplementersPage($number: Int!, $asOf: Date, $first: Int, $after: String) {
    crcArticle(number: $number) {
      implementedByConnection(asOf: $asOf, first: $first, after: $after) {
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
            basis
            by {
              id
            }
            article {
              id
            }
          }
        }
      }
    }
  }
`);

const FirstPage = graphql(`
  query HubImplementersFirstPage($number: Int!) {
    crcArticle(number: $number) {
      implementedByConnection(first: 20) {
        edges {
          node {
            id
            basis
            by {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const ImplementersList = graphql(`
  query HubImplementersList($number: Int!, $asOf: Date) {
    crcArticle(number: $number) {
      implementedBy(asOf: $asOf) {
        id
      }
    }
  }
`);

const Recommendations = graphql(`
  query HubRecommendationsPage($number: Int!, $first: Int, $after: String) {
    crcArticle(number: $number) {
      recommendations {
        id
      }
      recommendationsConnection(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            paragraph
          }
        }
      }
    }
  }
`);

interface CypherExtension {
  queries: Array<{ cypher: string; params: Record<string, unknown> }>;
}

async function implementersPage(number: number, first: number, after: string | null, asOf?: string) {
  return (await service.query(Implementers, { number, first, after, ...(asOf ? { asOf } : {}) })).body;
}

/** Every edge of an article's implementers, page by page (one statement each), with the last page's totalCount. */
async function allImplementers(number: number, first: number, asOf?: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const body: Awaited<ReturnType<typeof implementersPage>> = await implementersPage(number, first, after, asOf);
    expect(body.errors).toBeUndefined();
    expect(statements(body)).toBe(1);
    const page = body.data!.crcArticle!.implementedByConnection;
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    for (const edge of page.edges) expect(edge.node.article.id).toBe(`crc:art:${number}`);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount };
    expect(page.edges).toHaveLength(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('more than 200 pages');
}

/** The database hits of the first page's statement, by PROFILE. */
async function firstPageHits(number: number): Promise<number> {
  const { body } = await service.query(FirstPage, { number });
  expect(body.data!.crcArticle!.implementedByConnection.edges).toHaveLength(20);
  const [statement] = (body.extensions?.['cypher'] as CypherExtension).queries;
  return totalDbHits(await db.plan(statement!.cypher, statement!.params, 'PROFILE'));
}

describe('Provision.implementedByConnection', () => {
  it.each([
    [19, 7, undefined],
    [3, 20, undefined],
    [19, 5, '2010-01-01'],
    // Few links: the statement expands the article's links instead of walking the index.
    [41, 2, undefined],
  ])(
    'pages through CRC Article %i (pages of %i, asOf %s): each link once, in link-id order, as implementedBy',
    async (number, first, asOf) => {
      const { ids, totalCount } = await allImplementers(number, first, asOf);
      const list = (await service.query(ImplementersList, { number, ...(asOf ? { asOf } : {}) })).body.data!.crcArticle!.implementedBy;
      expect(ids).toEqual(list.map((l) => l.id).sort());
      expect(totalCount).toBe(list.length);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it.each([
    [{ first: 0 }, 'first', '1..100'],
    [{ first: -1 }, 'first', '1..100'],
    [{ first: 101 }, 'first', '1..100'],
    [{ first: 1_000_000 }, 'first', '1..100'],
    [{ after: 'not a cursor' }, 'after', undefined],
    // A cursor of another list (search keys are [score, id]).
    [{ after: Buffer.from('[1.5,"crc"]').toString('base64url') }, 'after', undefined],
  ])('answers %o with BAD_USER_INPUT naming the argument', async (args, argument, allowed) => {
    const { body } = await service.query(Implementers, { number: 19, ...args });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, ...(allowed ? { allowed } : {}) });
    expect(JSON.stringify(body.errors)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('Provision.recommendationsConnection', () => {
  it('pages through the recommendations concerning an article, in link-id order, as recommendations holds them', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let list: string[];
    const recommendationsPage = async (cursor: string | null) =>
      (await service.query(Recommendations, { number: 34, first: 3, after: cursor })).body;
    for (;;) {
      const body: Awaited<ReturnType<typeof recommendationsPage>> = await recommendationsPage(after);
      expect(statements(body)).toBe(1);
      const article = body.data!.crcArticle!;
      list = article.recommendations.map((r) => r.id);
      const page = article.recommendationsConnection;
      ids.push(...page.edges.map((e) => e.node.id));
      expect(page.totalCount).toBe(list.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(list.length).toBeGreaterThan(3);
    // Link ids are `recommendation|CONCERNS|article`: the recommendation's id, then `|`.
    const linkId = (id: string) => `${id}|CONCERNS|crc:art:34`;
    expect(ids).toEqual([...list].sort((a, b) => (linkId(a) < linkId(b) ? -1 : 1)));
  });
});

describe('the first page of a hub', () => {
  it('reads about as much of the graph with 12 generated States as with 1, while the hub grows', async () => {
    const hubSize = async () => (await service.query(ImplementersList, { number: 19 })).body.data!.crcArticle!.implementedBy.length;
    const [linksAtOne, hitsAtOne] = [await hubSize(), await firstPageHits(19)];
    await generateStates(db, { states: 12 });
    const [linksAtTwelve, hitsAtTwelve] = [await hubSize(), await firstPageHits(19)];
    expect(linksAtTwelve).toBeGreaterThan(3 * linksAtOne);
    // Not a timing: database hits, which depend only on the graph, and the generator's States are fixed.
    expect(hitsAtTwelve, `${hitsAtOne} database hits at 1 State, ${hitsAtTwelve} at 12`).toBeLessThan(1.5 * hitsAtOne);
  });
});
