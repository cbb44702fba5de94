import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** Question 1: which CRC articles does the Law on Education implement, as the law stood on a day? */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const EducationArticles = graphql(`
  query EducationArticles($asOf: Date) {
    instrument(id: "kz:law:education", asOf: $asOf) {
      id
      adopted
      validFrom
      implements {
        by {
          id
        }
        article {
          id
          name
        }
        basis
        status
        sources {
          id
          sourceType
        }
      }
    }
  }
`);

async function articlesOn(asOf: string | null) {
  const { body } = await service.query(EducationArticles, { asOf });
  expect(body.errors).toBeUndefined();
  expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
  return body.data!.instrument!;
}

describe('the CRC articles the Law on Education implements', () => {
  it('are Articles 12, 13, 23, 28 and 29 once the law is adopted, each link with its basis and sources', async () => {
    const law = await articlesOn('2024-01-01');
    expect(law).toMatchObject({ adopted: '2007-07-27', validFrom: null });
    expect([...new Set(law.implements.map((l) => l.article.id))]).toEqual([
      'crc:art:12',
      'crc:art:13',
      'crc:art:23',
      'crc:art:28',
      'crc:art:29',
    ]);
    for (const link of law.implements) expect(link.sources.length).toBeGreaterThan(0);
    // The editorial mapping rests on the official register; the paper's claim on the paper.
    const editorial = law.implements.find(
      (l) => l.by.id === 'kz:law:education' && l.article.id === 'crc:art:28' && l.basis === 'EDITORIAL',
    );
    expect(editorial?.sources.map((s) => s.sourceType)).toContain('OFFICIAL_REGISTER');
    const paper = law.implements.find((l) => l.basis === 'SEED_PAPER');
    expect(paper?.sources.map((s) => s.id)).toEqual(['src:seed-paper']);
    // Art. 8 of the law carries links of its own: the editors' mapping and the article's own text.
    expect(law.implements.filter((l) => l.by.id === 'kz:law:education:art:8').map((l) => `${l.article.id} ${l.basis}`)).toEqual([
      'crc:art:23 EDITORIAL',
      'crc:art:23 OFFICIAL',
      'crc:art:28 EDITORIAL',
      'crc:art:28 OFFICIAL',
    ]);
    // Art. 47 (pupils take part in running the school and say what they think) is the law's own text.
    expect(law.implements.filter((l) => l.by.id === 'kz:law:education:art:47').map((l) => `${l.article.id} ${l.basis}`)).toEqual([
      'crc:art:12 OFFICIAL',
      'crc:art:13 OFFICIAL',
    ]);
  });

  it('are none the day before the law was adopted: with no entry-into-force date, adoption starts it', async () => {
    expect((await articlesOn('2007-07-26')).implements).toEqual([]);
    expect((await articlesOn('2007-07-27')).implements.length).toBeGreaterThan(0);
  });

  it('are all of them when no date is asked', async () => {
    expect((await articlesOn(null)).implements).toHaveLength((await articlesOn('2030-01-01')).implements.length);
  });
});
