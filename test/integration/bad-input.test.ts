import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { expectNoLeak } from '../support/leaks.js';
import { startService, type TestService } from '../support/service.js';

/** Bad input gets a clear error with a code: never a stack trace, a 500 or a crash. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const post = (body: string) => service.post(body);

const Article = graphql(`
  query Article($n: Int!) {
    crcArticle(number: $n) {
      id
    }
  }
`);
const Node = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

describe('bad input', () => {
  it('answers a malformed document with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ crcArticle(number: ' }));
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ crcArticle(number: 1) { nope } }' }));
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers broken JSON with 400', async () => {
    const { status, headers, text } = await post('{"query": ');
    expect(status).toBe(400);
    expectNoLeak({ headers, text });
  });

  it('answers a variable of the wrong type with 400 and BAD_USER_INPUT', async () => {
    const { status, json } = await post(
      JSON.stringify({ query: 'query($n: Int!) { crcArticle(number: $n) { id } }', variables: { n: 'nineteen' } }),
    );
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed date with BAD_USER_INPUT', async () => {
    const { status, json } = await post(
      JSON.stringify({ query: 'query($d: Date) { crcArticle(number: 1, asOf: $d) { id } }', variables: { d: '2023-02-30' } }),
    );
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it.each(['2024-13-40', 'yesterday'])(
    'answers the date %s written in the document with 400 and BAD_USER_INPUT naming the argument',
    async (day) => {
      const { status, json, headers, text } = await post(JSON.stringify({ query: `{ crcArticles(asOf: "${day}") { id } }` }));
      expect(status).toBe(400);
      expect(json?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
      expect(json?.errors?.[0]?.message).toBe(`asOf must be a calendar date written YYYY-MM-DD (got "${day}")`);
      expect(json?.errors).toHaveLength(1);
      expectNoLeak({ headers, text });
    },
  );

  it('answers a date before the CRC and one in the future normally', async () => {
    for (const day of ['1900-01-01', '2030-12-31']) {
      const { status, json } = await post(JSON.stringify({ query: `{ crcArticle(number: 3, asOf: "${day}") { id } }` }));
      expect(status).toBe(200);
      expect(json?.data).toEqual({ crcArticle: { id: 'crc:art:3' } });
    }
  });

  it.each([0, -1, 55, 2147483647, -2147483648])('answers CRC article number %i with BAD_USER_INPUT and the range', async (number) => {
    const { status, body } = await service.query(Article, { n: number });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'number', allowed: '1..54' });
  });

  it('answers a number beyond 32 bits with 400 and BAD_USER_INPUT', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ crcArticle(number: 99999999999) { id } }' }));
    expect(status).toBe(400);
    expect(json?.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('returns null for an unknown id, and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await service.query(
      graphql(`
        query Unknown {
          node(id: "kz:law:no-such-law") {
            id
          }
          instrument(id: "crc:art:999") {
            id
          }
        }
      `),
    );
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data).toEqual({ node: null, instrument: null });
    const malformed = await service.query(Node, { id: 'x y z' });
    expect(malformed.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('stores nothing and leaks nothing for a value full of Cypher and JSON metacharacters', async () => {
    const nasty = `x"}) MATCH (n) DETACH DELETE n //' \\u0000 {"$ne": 1}`;
    const { status, body } = await service.query(Node, { id: nasty });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const after = await service.query(
      graphql(`
        query AllArticles {
          crcArticles {
            id
          }
        }
      `),
    );
    expect(after.body.data!.crcArticles).toHaveLength(54);
  });
});

// Issue 3: the arguments of `recommendations` and `institutions`.
describe('bad input to the tracing root fields', () => {
  const Recommendations = graphql(`
    query BadRecommendations($article: Int, $document: ID) {
      recommendations(article: $article, document: $document) {
        id
      }
    }
  `);
  const Institutions = graphql(`
    query BadInstitutions($area: ID) {
      institutions(area: $area) {
        id
      }
    }
  `);

  it.each([0, 55, -3])('answers recommendations(article: %i) with BAD_USER_INPUT and the range', async (article) => {
    const { body } = await service.query(Recommendations, { article });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'article', allowed: '1..54' });
  });

  it('answers a malformed document or area id with BAD_USER_INPUT naming the argument', async () => {
    const document = await service.query(Recommendations, { document: 'not a symbol!' });
    expect(document.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'document' });
    const area = await service.query(Institutions, { area: 'x y' });
    expect(area.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'area' });
  });

  it('answers an unknown document or area with an empty list', async () => {
    expect((await service.query(Recommendations, { document: 'CRC/C/XYZ/CO/1' })).body.data?.recommendations).toEqual([]);
    expect((await service.query(Institutions, { area: 'area:no-such-area' })).body.data?.institutions).toEqual([]);
  });
});
