import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** "Which law implements which CRC article, and says who?" — both ways, with provenance. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const ArticleImplementers = graphql(`
  query ArticleImplementers($number: Int!) {
    crcArticle(number: $number) {
      id
      name
      implementedBy {
        by {
          id
          kind
          name
        }
        article {
          id
          number
        }
        basis
        status
        sources {
          id
          name
        }
      }
    }
  }
`);

const DeepTrace = graphql(`
  query DeepTrace {
    crcArticle(number: 19) {
      implementedBy {
        by {
          id
          ... on Instrument {
            implements {
              article {
                id
                implementedBy {
                  by {
                    id
                  }
                  sources {
                    id
                  }
                }
              }
            }
          }
        }
        sources {
          id
          sources {
            id
          }
        }
      }
      sources {
        id
      }
      claims {
        id
        sources {
          id
        }
      }
    }
  }
`);

const LawArticles = graphql(`
  query LawArticles($id: ID!) {
    instrument(id: $id) {
      id
      instrumentKind
      number
      adopted
      provisions {
        id
      }
      implements {
        by {
          id
          kind
        }
        article {
          id
          number
        }
        basis
        sources {
          id
        }
      }
    }
  }
`);

describe('tracing from a CRC article to the laws that implement it', () => {
  it('lists the implementers of Article 28 (education) with basis and sources', async () => {
    const { status, body } = await service.query(ArticleImplementers, { number: 28 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const article = body.data!.crcArticle!;
    expect(article.id).toBe('crc:art:28');
    expect(article.implementedBy.map((l) => l.by.id)).toContain('kz:law:education');
    for (const link of article.implementedBy) {
      expect(link.article.id).toBe('crc:art:28');
      expect(['OFFICIAL', 'STATE_REPORT', 'COMMITTEE', 'EDITORIAL', 'SEED_PAPER']).toContain(link.basis);
      expect(link.sources.length).toBeGreaterThan(0);
    }
    const education = article.implementedBy.find((l) => l.by.id === 'kz:law:education' && l.basis === 'EDITORIAL');
    expect(education?.sources.map((s) => s.id).join(' ')).toMatch(/adilet/);
  });

  it('answers in one Cypher statement however deep the selection goes', async () => {
    const { body } = await service.query(DeepTrace);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
  });
});

describe('tracing from a law to the CRC articles it implements', () => {
  it('lists the articles the Law on Education implements', async () => {
    const { body } = await service.query(LawArticles, { id: 'kz:law:education' });
    expect(body.errors).toBeUndefined();
    const law = body.data!.instrument!;
    expect(law).toMatchObject({ id: 'kz:law:education', instrumentKind: 'LAW', number: '319-III', adopted: '2007-07-27' });
    const articles = new Set(law.implements.map((l) => l.article.id));
    expect(articles).toContain('crc:art:28');
    expect(articles).toContain('crc:art:29');
    for (const link of law.implements) expect(link.sources.length).toBeGreaterThan(0);
  });

  it('includes what the law implements through its provisions', async () => {
    const { body } = await service.query(LawArticles, { id: 'kz:law:rights-of-child' });
    const { implements: links, provisions } = body.data!.instrument!;
    expect(provisions.map((p) => p.id)).toContain('kz:law:rights-of-child:art:1');
    const viaArticle1 = links.find((l) => l.by.id === 'kz:law:rights-of-child:art:1');
    expect(viaArticle1).toMatchObject({ article: { id: 'crc:art:1' }, basis: 'OFFICIAL', by: { kind: 'PROVISION' } });
  });

  it('lists instruments by kind', async () => {
    const { body } = await service.query(
      graphql(`
        query Protocols {
          instruments(kind: OPTIONAL_PROTOCOL) {
            id
            instrumentKind
          }
        }
      `),
    );
    expect(body.data!.instruments.map((i) => i.id).sort()).toEqual(['opac', 'opic', 'opsc']);
  });

  it('lists the 54 CRC articles in order, with names in three languages falling back to English', async () => {
    const { body } = await service.query(
      graphql(`
        query ArticleNames {
          crcArticles {
            number
            en: name
            ru: name(lang: RU)
            kk: name(lang: KK)
          }
        }
      `),
    );
    const articles = body.data!.crcArticles;
    expect(articles.map((a) => Number(a.number))).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    for (const a of articles) {
      expect(a.en.length).toBeGreaterThan(0);
      expect(a.ru.length).toBeGreaterThan(0);
      expect(a.kk.length).toBeGreaterThan(0);
    }
  });
});
