import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Question 2: which recommendations of the Committee concern a CRC article, and which laws did
 * they ask to change? From the root field and from the article, with sources. The articles are
 * those a paragraph's own text names (basis COMMITTEE): in the copies read, the 2003 observations
 * (CRC/C/15/Add.213) name them; the corporal-punishment line of 2007 and 2015 names laws to change.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Article3Recommendations = graphql(`
  query Article3Recommendations($asOf: Date) {
    recommendations(article: 3, asOf: $asOf) {
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
    }
  }
`);

const CorporalPunishmentLine = graphql(`
  query CorporalPunishmentLine {
    co3: node(id: "CRC/C/KAZ/CO/3#para-37") {
      ... on Recommendation {
        asksToChange {
          law {
            id
          }
          basis
          sources {
            id
          }
        }
      }
    }
    co4: node(id: "CRC/C/KAZ/CO/4#para-29") {
      ... on Recommendation {
        addresses {
          id
        }
        asksToChange {
          law {
            id
          }
          basis
          sources {
            id
          }
        }
      }
    }
  }
`);

const FromTheArticle = graphql(`
  query FromTheArticle {
    crcArticle(number: 3) {
      recommendations {
        id
        symbol
      }
      beforeTheObservations: recommendations(asOf: "2003-06-05") {
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

const ADD_213_ON_3 = ['CRC/C/15/Add.213#para-18', 'CRC/C/15/Add.213#para-44', 'CRC/C/15/Add.213#para-46'];

describe('recommendations concerning CRC Article 3', () => {
  it('are the 2003 paragraphs whose text names it, in paragraph order, each with the Committee as basis', async () => {
    const { body } = await service.query(Article3Recommendations, {});
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const recommendations = body.data!.recommendations;
    expect(recommendations.map((r) => r.id)).toEqual(ADD_213_ON_3);
    for (const r of recommendations) {
      const on3 = r.concerns.find((c) => c.article.id === 'crc:art:3');
      expect(on3).toMatchObject({ basis: 'COMMITTEE' });
      expect(on3!.sources.length).toBeGreaterThan(0);
    }
    expect(recommendations[0]).toMatchObject({
      paragraph: '18',
      date: '2003-06-06',
      document: { id: 'CRC/C/15/Add.213', session: '33rd session' },
    });
  });

  it('are none before the observations were adopted, and the same ones after', async () => {
    const before = await service.query(Article3Recommendations, { asOf: '2003-01-01' });
    expect(before.body.data!.recommendations).toEqual([]);
    const after = await service.query(Article3Recommendations, { asOf: '2010-01-01' });
    expect(after.body.data!.recommendations.map((r) => r.id)).toEqual(ADD_213_ON_3);
  });

  it('are reachable from the article itself, filtered by date the same way', async () => {
    const { body } = await service.query(FromTheArticle);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const article = body.data!.crcArticle!;
    expect(article.recommendations.map((r) => r.id)).toEqual(ADD_213_ON_3);
    expect(article.beforeTheObservations).toEqual([]);
  });
});

describe('the laws the corporal-punishment recommendations of 2007 and 2015 ask to change', () => {
  it('are named with the editors basis and sources', async () => {
    const { body } = await service.query(CorporalPunishmentLine);
    expect(body.errors).toBeUndefined();
    const co3 = body.data!.co3;
    const co4 = body.data!.co4;
    const laws = (r: typeof co3) => (r && 'asksToChange' in r ? r.asksToChange : []);
    expect(laws(co3).map((l) => l.law.id)).toEqual([
      'kz:code:labour-2007',
      'kz:law:education',
      'kz:law:marriage-family-1998',
      'kz:law:rights-of-child',
    ]);
    expect(laws(co4).map((l) => l.law.id)).toEqual(['kz:code:marriage-family', 'kz:law:education', 'kz:law:rights-of-child']);
    for (const link of [...laws(co3), ...laws(co4)]) {
      expect(link.basis).toBe('EDITORIAL');
      expect(link.sources.map((s) => s.id)).toContain('src:endcorporalpunishment-kazakhstan');
    }
    expect(co4 && 'addresses' in co4 ? co4.addresses.map((c) => c.id) : []).toEqual(['kz:challenge:corporal-punishment']);
  });
});

describe('the recommendations of one document', () => {
  it('come in paragraph order, the same list its Document gives', async () => {
    const { body } = await service.query(OneDocument);
    expect(body.errors).toBeUndefined();
    const ids = body.data!.recommendations.map((r) => r.id);
    // Points whose paragraph number is unknown come after the numbered paragraphs.
    expect(ids).toEqual([
      'CRC/C/KAZ/CO/4#para-3',
      'CRC/C/KAZ/CO/4#para-28',
      'CRC/C/KAZ/CO/4#para-29',
      'CRC/C/KAZ/CO/4#para-65',
      'CRC/C/KAZ/CO/4#para-66',
      'CRC/C/KAZ/CO/4#para-67',
      'CRC/C/KAZ/CO/4#point-adolescent-health',
      'CRC/C/KAZ/CO/4#point-bride-kidnapping',
      'CRC/C/KAZ/CO/4#point-opac-follow-up',
    ]);
    const document = body.data!.node;
    expect(document && 'recommendations' in document ? document.recommendations.map((r) => r.id) : []).toEqual(ids);
  });
});
