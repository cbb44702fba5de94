import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const SEARCH = graphql(`
  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      score
      entity {
        id
        kind
      }
    }
  }
`);

async function ids(query: string, kinds?: Array<'LAW' | 'PROVISION'>): Promise<string[]> {
  const { status, body } = await service.query(SEARCH, { query, kinds });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.search.map((hit) => hit.entity.id);
}

describe('full-text search over names in three languages', () => {
  it('finds the Convention in English, Russian and Kazakh', async () => {
    expect((await ids('Convention on the Rights of the Child')).slice(0, 3)).toContain('crc');
    expect((await ids('Конвенция о правах ребенка')).slice(0, 3)).toContain('crc');
    expect((await ids('Бала құқықтары туралы Конвенция')).slice(0, 3)).toContain('crc');
  });

  it('finds the Law on Education by its Russian title', async () => {
    expect((await ids('Закон об образовании', ['LAW'])).slice(0, 3)).toContain('kz:law:education');
  });

  it('matches inflected Kazakh words by their stem', async () => {
    // "бала" (child) occurs in names as "баланың", "балаларды", ...
    expect((await ids('бала')).length).toBeGreaterThan(0);
  });

  it('filters by kind and limits the number of hits', async () => {
    const { body } = await service.query(SEARCH, { query: 'child', kinds: ['PROVISION'], first: 3 });
    const hits = body.data!.search;
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const hit of hits) expect(hit.entity.kind).toBe('PROVISION');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds a law by its official register code', async () => {
    expect(await ids('Z070000319')).toContain('kz:law:education');
  });

  it.each(['AND OR NOT', 'rights~ "child', 'law*)', '[education TO z]', 'child\\', 'a:b', '{law}^2'])(
    'treats Lucene syntax in %j as words, never as an error',
    async (query) => {
      const { status, body } = await service.query(SEARCH, { query });
      expect(status).toBe(200);
      expect(body.errors ?? []).toEqual([]);
    },
  );

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['*** ~~~', 'no words'],
    ['x'.repeat(201), 'too long'],
  ])('rejects the query %j with BAD_USER_INPUT', async (query, message) => {
    const { status, body } = await service.query(SEARCH, { query });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('rejects a page size outside 1..100', async () => {
    const { body } = await service.query(SEARCH, { query: 'law', first: 0 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', allowed: '1..100' });
  });
});
