import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** Abusive documents are refused as client errors (HTTP 400 or 413, with a code); tools still introspect. */
let service: TestService;
let strict: TestService;
beforeAll(async () => {
  service = await startService();
  const limits = loadConfig({}, {}).limits;
  strict = await startService({
    limits: { ...limits, depth: 3, cost: 150, aliases: 2, directives: 2, tokens: 200, documentChars: 3000, bodyBytes: 4096 },
  });
});
afterAll(async () => {
  await service.close();
  await strict.close();
});

const post = (target: TestService, query: string, variables?: unknown) => target.post(JSON.stringify({ query, variables }));

describe('document limits', () => {
  it('answers every rejected document with HTTP 400, a code and the limit it broke', async () => {
    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['{ node(id: "crc") { links { to { links { to { id } } } } } }', 'GRAPHQL_VALIDATION_FAILED', { limit: 'depth', allowed: 3 }],
      [
        '{ a: node(id: "a") { id } b: node(id: "b") { id } c: node(id: "c") { id } }',
        'GRAPHQL_VALIDATION_FAILED',
        { limit: 'aliases', allowed: 2 },
      ],
      [
        '{ node(id: "a") { id @skip(if: false) kind @skip(if: false) name @skip(if: false) } }',
        'GRAPHQL_VALIDATION_FAILED',
        { limit: 'directives' },
      ],
      ['{ crcArticles { id name kind nameLangs } }', 'GRAPHQL_VALIDATION_FAILED', { limit: 'cost', allowed: 150 }],
      [`{ ${'crcArticles { id } '.repeat(70)}}`, 'GRAPHQL_PARSE_FAILED', {}],
      [`{ node(id: "${'x'.repeat(4000)}") { id } }`, 'BAD_REQUEST', { limit: 'characters', allowed: 3000 }],
    ];
    for (const [query, code, extensions] of cases) {
      const { status, json } = await post(strict, query);
      expect({ query, status }).toEqual({ query, status: 400 });
      expect(json?.errors?.[0]?.extensions).toMatchObject({ code, ...extensions });
    }
  });

  it('refuses a request body over the limit with 413 before reading it', async () => {
    const { status, json } = await post(strict, '{ crcArticle(number: 1) { id } }', { padding: 'x'.repeat(8192) });
    expect(status).toBe(413);
    expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(json?.errors?.[0]?.message).toMatch(/too large/i);
  });

  it('refuses three nested levels of links by their cost, before the database sees them', async () => {
    // From a hub such as `crc`, this walks tens of thousands of paths: minutes of database time.
    const { status, json } = await post(service, '{ node(id: "crc") { links { to { links { to { links { to { id } } } } } } } }');
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', allowed: 25_000 });
    expect(json?.extensions?.['cypher']).toMatchObject({ statements: 0 });
    const two = await post(service, '{ node(id: "crc") { links { to { links { to { id } } } } } }');
    expect(two.status).toBe(200);
  });

  it('counts `first` and ignores @skip when estimating the cost', async () => {
    const search = 'query($n: Int) { search(query: "law", first: $n) { score entity { id } } }';
    expect((await post(strict, search, { n: 10 })).json?.errors).toBeUndefined();
    expect((await post(strict, search, { n: 60 })).json?.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
    const skipped = '{ crcArticles { id @skip(if: true) name @skip(if: true) kind nameLangs } }';
    expect((await post(strict, skipped)).json?.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
  });

  it('answers a syntax error with 400, never 500', async () => {
    for (const query of ['{', '}}}}', '{ node(id: ) }', 'mutation {', `{ ${'['.repeat(5000)} }`]) {
      const { status } = await post(service, query);
      expect({ query: query.slice(0, 20), status }).toEqual({ query: query.slice(0, 20), status: 400 });
    }
  });
});

describe('introspection with the limits on', () => {
  it('answers the standard introspection query of graphql-js (GraphiQL, codegen), even with strict limits', async () => {
    for (const target of [service, strict]) {
      const { status, json } = await target.post(JSON.stringify({ query: getIntrospectionQuery() }));
      expect(status).toBe(200);
      expect(json?.errors).toBeUndefined();
      expect(JSON.stringify(json?.data)).toContain('"name":"Mutation"');
    }
  });

  it('answers introspection of one type with the deep ofType nesting IDEs send', async () => {
    const TypeIntrospection = graphql(`
      query TypeIntrospection {
        __type(name: "Instrument") {
          name
          fields {
            name
            type {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const { status, body } = await service.query(TypeIntrospection);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.__type?.fields?.map((f) => f.name)).toContain('implements');
  });
});
