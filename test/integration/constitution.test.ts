import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Question 4: which article of the 2026 Constitution corresponds to Article 30 of 1995? And the
 * Constitution as two versions: the 1995 one in force until 30 June 2026, the new one from 1 July.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Corresponding = graphql(`
  query Corresponding($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Provision {
        name
        correspondsTo(asOf: $asOf) {
          article {
            id
            number
            name
            summary
            partOf {
              id
            }
          }
          from {
            id
          }
          to {
            id
          }
          basis
          status
          note
          sources {
            id
            url
          }
        }
      }
    }
  }
`);

const ConstitutionOn = graphql(`
  query ConstitutionOn($asOf: Date!) {
    instruments(kind: CONSTITUTION, asOf: $asOf) {
      id
      validFrom
      validTo
      predecessors {
        id
      }
    }
    crcArticle(number: 28, asOf: $asOf) {
      implementedBy {
        by {
          id
        }
        validFrom
        validTo
      }
    }
  }
`);

async function correspondsTo(id: string, asOf: string | null = null) {
  const { body } = await service.query(Corresponding, { id, asOf });
  expect(body.errors).toBeUndefined();
  expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
  const node = body.data!.node;
  if (!node || !('correspondsTo' in node)) throw new Error(`${id} is not a provision`);
  return node.correspondsTo;
}

describe('corresponding articles of the 1995 and 2026 Constitutions', () => {
  it('Article 30 of 1995 (education) corresponds to Article 33 of 2026, with sources', async () => {
    const [link, ...others] = await correspondsTo('kz:const:1995:art:30');
    expect(others).toEqual([]);
    expect(link).toMatchObject({
      article: { id: 'kz:const:2026:art:33', number: '33', partOf: { id: 'kz:const:2026' } },
      from: { id: 'kz:const:1995:art:30' },
      to: { id: 'kz:const:2026:art:33' },
      basis: 'EDITORIAL',
      status: 'ACCEPTED',
    });
    expect(link!.article.summary).toMatch(/secular/);
    expect(link!.sources.map((s) => s.id)).toEqual([
      'src:genevatimes-referendum-2026',
      'src:ngkz-constitution-art30',
      'src:zakonkz-secular-education',
    ]);
  });

  it('works from the other side: Article 33 of 2026 corresponds to Article 30 of 1995', async () => {
    const links = await correspondsTo('kz:const:2026:art:33');
    expect(links.map((l) => [l.article.id, l.from.id, l.to.id])).toEqual([
      ['kz:const:1995:art:30', 'kz:const:1995:art:30', 'kz:const:2026:art:33'],
    ]);
  });

  it('Article 27 keeps its number', async () => {
    expect((await correspondsTo('kz:const:1995:art:27')).map((l) => l.article.id)).toEqual(['kz:const:2026:art:27']);
  });

  it('as of a day, shows no correspondence: a link is in force only while both its ends are, and the two articles never are on the same day', async () => {
    expect(await correspondsTo('kz:const:1995:art:30', '2026-06-30')).toEqual([]);
    expect(await correspondsTo('kz:const:1995:art:30', '2026-07-01')).toEqual([]);
    expect(await correspondsTo('kz:const:1995:art:30')).toHaveLength(1);
  });
});

describe('the Constitution before and after 1 July 2026', () => {
  it('on 30 June 2026 the 1995 Constitution is in force, and its Article 30 implements CRC Article 28', async () => {
    const { body } = await service.query(ConstitutionOn, { asOf: '2026-06-30' });
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(2);
    expect(body.data!.instruments).toEqual([{ id: 'kz:const:1995', validFrom: '1995-09-05', validTo: '2026-06-30', predecessors: [] }]);
    const by = body.data!.crcArticle!.implementedBy.map((l) => l.by.id);
    expect(by).toContain('kz:const:1995:art:30');
    expect(by).not.toContain('kz:const:2026:art:33');
  });

  it('on 1 July 2026 the 2026 Constitution replaces it, and Article 33 takes over', async () => {
    const { body } = await service.query(ConstitutionOn, { asOf: '2026-07-01' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.instruments).toEqual([
      { id: 'kz:const:2026', validFrom: '2026-07-01', validTo: null, predecessors: [{ id: 'kz:const:1995' }] },
    ]);
    const by = body.data!.crcArticle!.implementedBy.map((l) => l.by.id);
    expect(by).toContain('kz:const:2026:art:33');
    expect(by).not.toContain('kz:const:1995:art:30');
  });
});
