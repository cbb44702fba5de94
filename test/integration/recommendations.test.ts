import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Question 2: which recommendations of the Committee concern CRC Article 19, and which laws did
 * they ask to change? From the root field and from the article, with sources.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Article19Recommendations = graphql(`
  query Article19Recommendations($asOf: Date) {
    recommendations(article: 19, asOf: $asOf) {
      id
      paragraph
      date
      document {
        id
        session
      }
      concerns {
        article {
          id
        }
        basis
        sources {
          id
        }
      }
      asksToChange {
        law {
          id
          name
          ... on Instrument {
            number
          }
        }
        basis
        note
        sources {
          id
        }
      }
      addresses {
        id
      }
    }
  }
`);

const FromTheArticle = graphql(`
  query FromTheArticle {
    crcArticle(number: 19) {
      recommendations {
        id
        symbol
      }
      before2015: recommendations(asOf: "2014-12-31") {
        id
      }
    }
  }
`);

const OneDocument = graphql(`
  query OneDocument {
    recommendations(document: "CRC/C/KAZ/CO/4") {
      id
    }
    node(id: "CRC/C/KAZ/CO/4") {
      ... on Document {
        recommendations {
          id
        }
      }
    }
  }
`);

const CO3_ON_19 = ['CRC/C/KAZ/CO/3#para-11', 'CRC/C/KAZ/CO/3#para-36', 'CRC/C/KAZ/CO/3#para-37'];
const CO4_ON_19 = ['CRC/C/KAZ/CO/4#para-28', 'CRC/C/KAZ/CO/4#para-29', 'CRC/C/KAZ/CO/4#point-bride-kidnapping'];

describe('recommendations concerning CRC Article 19', () => {
  it('are the 2007 and 2015 paragraphs on child victims, corporal punishment and bride kidnapping, in order', async () => {
    const { body } = await service.query(Article19Recommendations, {});
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const recommendations = body.data!.recommendations;
    expect(recommendations.map((r) => r.id)).toEqual([...CO3_ON_19, ...CO4_ON_19]);
    for (const r of recommendations) {
      const on19 = r.concerns.find((c) => c.article.id === 'crc:art:19');
      expect(on19).toMatchObject({ basis: 'OFFICIAL' });
      expect(on19!.sources.length).toBeGreaterThan(0);
    }
    expect(recommendations[0]).toMatchObject({
      paragraph: '11',
      date: '2007-06-19',
      document: { id: 'CRC/C/KAZ/CO/3', session: '45th session' },
    });
  });

  it('name the laws they asked to change, with the editors basis and sources', async () => {
    const { body } = await service.query(Article19Recommendations, {});
    const byId = new Map(body.data!.recommendations.map((r) => [r.id, r]));
    const co3 = byId.get('CRC/C/KAZ/CO/3#para-37')!;
    expect(co3.asksToChange.map((l) => l.law.id)).toEqual([
      'kz:code:labour-2007',
      'kz:law:education',
      'kz:law:marriage-family-1998',
      'kz:law:rights-of-child',
    ]);
    const co4 = byId.get('CRC/C/KAZ/CO/4#para-29')!;
    expect(co4.asksToChange.map((l) => l.law.id)).toEqual(['kz:code:marriage-family', 'kz:law:education', 'kz:law:rights-of-child']);
    for (const link of [...co3.asksToChange, ...co4.asksToChange]) {
      expect(link.basis).toBe('EDITORIAL');
      expect(link.sources.map((s) => s.id)).toContain('src:endcorporalpunishment-kazakhstan');
    }
    expect(co4.addresses.map((c) => c.id)).toEqual(['kz:challenge:corporal-punishment']);
  });

  it('as of 2010 are only the 2007 ones', async () => {
    const { body } = await service.query(Article19Recommendations, { asOf: '2010-01-01' });
    expect(body.data!.recommendations.map((r) => r.id)).toEqual(CO3_ON_19);
  });

  it('are reachable from the article itself, filtered by date the same way', async () => {
    const { body } = await service.query(FromTheArticle);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const article = body.data!.crcArticle!;
    expect(article.recommendations.map((r) => r.id)).toEqual([...CO3_ON_19, ...CO4_ON_19]);
    expect(article.before2015.map((r) => r.id)).toEqual(CO3_ON_19);
  });

  it('can be narrowed to one document, in paragraph order, the same list its Document gives', async () => {
    const { body } = await service.query(OneDocument);
    expect(body.errors).toBeUndefined();
    const ids = body.data!.recommendations.map((r) => r.id);
    // Points whose paragraph number is unknown come after the numbered paragraphs.
    expect(ids).toEqual([
      'CRC/C/KAZ/CO/4#para-28',
      'CRC/C/KAZ/CO/4#para-29',
      'CRC/C/KAZ/CO/4#point-adolescent-health',
      'CRC/C/KAZ/CO/4#point-bride-kidnapping',
    ]);
    const document = body.data!.node;
    expect(document && 'recommendations' in document ? document.recommendations.map((r) => r.id) : []).toEqual(ids);
  });
});
