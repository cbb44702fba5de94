import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { END_PROPERTIES, START_PROPERTIES } from '../../src/model/in-force.js';
import { graphql } from '../generated/index.js';
import { AS_OF_PROPERTY_MS, QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { checkProperty, propertyRuns } from '../support/property-runs.js';
import { startService, type TestService } from '../support/service.js';

/**
 * For any day from 1989 to 2030, every entity and every link in the as-of answers of tracing
 * (an article's implementedBy), coverage and exploration (neighbourhood, subgraph, search) is in
 * force that day, and so are both ends of every link. The rule is computed here, in TypeScript,
 * from the dates stored in Neo4j (read once with a Cypher query of this test), independently of
 * the Cypher the service builds from src/model/in-force.ts; only the list of date properties is
 * shared, so an end property added there is checked here too.
 */
let service: TestService;
type Bounds = { start: string | undefined; end: string | undefined };
const entities = new Map<string, Bounds>();
const links = new Map<string, Bounds>();

beforeAll(async () => {
  service = await startService();
  const params = { starts: [...START_PROPERTIES], ends: [...END_PROPERTIES] };
  const rows = await service.db.read(
    'as-of-property-dates',
    `MATCH (n:Entity) RETURN 'entity' AS what, n.id AS id, [p IN $starts | n[p]] AS starts, [p IN $ends | n[p]] AS ends
     UNION ALL
     MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN 'link' AS what, r.id AS id, [p IN $starts | r[p]] AS starts, [p IN $ends | r[p]] AS ends`,
    params,
  );
  for (const row of rows) {
    const first = (values: unknown) => (values as Array<string | null>).find((v) => v !== null) ?? undefined;
    (row['what'] === 'entity' ? entities : links).set(row['id'] as string, { start: first(row['starts']), end: first(row['ends']) });
  }
}, QUERY_TIMEOUT_MS);
afterAll(() => service.close());

const AsOf = graphql(`
  query AsOfEverywhere($asOf: Date, $changeovers: [ID!]!) {
    crcArticle(number: 35, asOf: $asOf) {
      implementedBy {
        id
        by {
          id
        }
        article {
          id
        }
      }
    }
    implementationCoverage(asOf: $asOf, jurisdiction: "KZ") {
      articles {
        articleId
        instruments {
          id
          links {
            id
            by
          }
        }
      }
    }
    neighborhood(id: "crc:art:35", depth: 2, limit: 300, asOf: $asOf) {
      nodes {
        id
      }
      edges {
        id
        source
        target
      }
    }
    subgraph(ids: $changeovers, asOf: $asOf) {
      nodes {
        id
      }
      edges {
        id
        source
        target
      }
    }
    search(query: "code law", first: 100, asOf: $asOf) {
      entity {
        id
      }
    }
  }
`);

/** Acts replaced in the dataset, their successors and some of their articles. */
const CHANGEOVERS = [
  'kz:code:criminal-1997',
  'kz:code:criminal-1997:art:133',
  'kz:code:criminal-2014',
  'kz:code:criminal-2014:art:133',
  'kz:code:labour-2007',
  'kz:code:labour-2015',
  'kz:code:labour-2015:art:31',
  'kz:code:health-2009',
  'crc:art:35',
  'crc:art:32',
  'crc',
];

const inForce = (bounds: Bounds | undefined, day: string) =>
  bounds !== undefined && (bounds.start === undefined || bounds.start <= day) && (bounds.end === undefined || bounds.end >= day);

/** Every id that the answer for `day` holds and that is not in force that day, named by where it was. */
async function notInForce(day: string): Promise<string[]> {
  const { body } = await service.query(AsOf, { asOf: day, changeovers: CHANGEOVERS });
  expect(body.errors).toBeUndefined();
  const data = body.data!;
  const wrong: string[] = [];
  const entity = (where: string, id: string) => inForce(entities.get(id), day) || wrong.push(`${where}: entity ${id}`);
  const link = (where: string, id: string, ends: string[]) => {
    if (!inForce(links.get(id), day)) wrong.push(`${where}: link ${id}`);
    for (const end of ends) entity(`${where}: an end of ${id}`, end);
  };
  for (const l of data.crcArticle?.implementedBy ?? []) link('implementedBy', l.id, [l.by.id, l.article.id]);
  for (const article of data.implementationCoverage.articles) {
    entity('coverage', article.articleId);
    for (const instrument of article.instruments) {
      entity('coverage', instrument.id);
      for (const l of instrument.links) link('coverage', l.id, [l.by, article.articleId]);
    }
  }
  for (const [where, graph] of [
    ['neighborhood', data.neighborhood],
    ['subgraph', data.subgraph],
  ] as const) {
    for (const n of graph.nodes) entity(where, n.id);
    for (const e of graph.edges) link(where, e.id, [e.source, e.target]);
  }
  for (const hit of data.search) entity('search', hit.entity.id);
  return wrong;
}

const day = fc
  .date({ min: new Date('1989-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('asOf answers hold only what is in force that day', () => {
  it('read the stored dates', () => {
    expect(entities.get('kz:code:criminal-1997')?.end).toBe('2014-12-31');
    expect(links.size).toBeGreaterThan(100);
  });

  it.each(propertyRuns().map((run) => [run.name, run] as const))(
    'for random days from 1989 to 2030 (%s)',
    async (_name, run) => {
      // The days around the replacement of the Criminal Code are always among the cases.
      const examples: [string][] = [['2014-12-31'], ['2015-01-01'], ['1989-11-20'], ['2030-12-31']];
      await checkProperty(
        fc.asyncProperty(day, async (d) => {
          expect(await notInForce(d)).toEqual([]);
        }),
        run,
        { examples },
      );
    },
    AS_OF_PROPERTY_MS,
  );
});
