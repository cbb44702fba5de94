import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * "Which law implements which CRC article, and who says so?", measured through the public API on
 * the dataset: every substantive article has an implementer in force or a recorded gap, most links
 * start at an article of a law and rest on the law's text, a State report or the Committee, and
 * the State's laws, their articles and its institutions are named in Kazakh.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

/** The day the goals are measured on (a fixed day keeps the test independent of the clock). */
const DAY = '2026-12-01';
const SPEAKING = ['OFFICIAL', 'STATE_REPORT', 'COMMITTEE'];

const Coverage = graphql(`
  query WhoSaysSoCoverage($asOf: Date) {
    implementationCoverage(asOf: $asOf, jurisdiction: "KZ") {
      articles {
        number
        count
        recordedGap
        instruments {
          id
          links {
            id
            by
            basis
            status
          }
        }
      }
    }
  }
`);

const ArticleSources = graphql(`
  query WhoSaysSoArticle($number: Int!, $asOf: Date) {
    crcArticle(number: $number) {
      gaps(asOf: $asOf) {
        id
        state {
          id
        }
        basis
        note
        sources {
          id
          url
        }
      }
      implementedBy(asOf: $asOf) {
        by {
          id
        }
        basis
        document {
          id
          symbol
        }
        paragraph
        date
      }
    }
  }
`);

const KazakhNames = graphql(`
  query WhoSaysSoKazakh {
    instruments {
      id
      kind
      jurisdiction
      nameLangs
      provisions {
        id
        nameLangs
      }
    }
    institutions {
      id
      nameLangs
    }
  }
`);

describe('who says so, counted through the API', () => {
  it('gives every CRC article 1-42 an implementer in force or a recorded gap', async () => {
    const { body } = await service.query(Coverage, { asOf: DAY });
    expect(body.errors).toBeUndefined();
    const substantive = body.data!.implementationCoverage.articles.filter((a) => a.number <= 42);
    expect(substantive).toHaveLength(42);
    const silent = substantive.filter((a) => a.count === 0 && !a.recordedGap).map((a) => a.number);
    expect(silent).toEqual([]);
    // A recorded gap is for an article nothing implements.
    expect(substantive.filter((a) => a.recordedGap && a.count > 0).map((a) => a.number)).toEqual([]);
  });

  it('rests most links on an article of a law, and on the text, the State or the Committee', async () => {
    const { body } = await service.query(Coverage, { asOf: DAY });
    const links = new Map<string, { by: string; instrument: string; basis: string; status: string }>();
    for (const article of body.data!.implementationCoverage.articles)
      for (const instrument of article.instruments)
        for (const link of instrument.links) links.set(link.id, { ...link, instrument: instrument.id });
    const counted = [...links.values()].filter((l) => l.status !== 'CONTESTED');
    expect(counted.length).toBeGreaterThan(100);
    const fromProvision = counted.filter((l) => l.by !== l.instrument).length;
    const speaking = counted.filter((l) => SPEAKING.includes(l.basis)).length;
    expect(fromProvision / counted.length).toBeGreaterThanOrEqual(0.5);
    expect(speaking / counted.length).toBeGreaterThanOrEqual(0.5);
  });

  it('shows a recorded gap with the sources searched', async () => {
    const { body } = await service.query(ArticleSources, { number: 42, asOf: DAY });
    expect(body.errors).toBeUndefined();
    const article = body.data!.crcArticle!;
    expect(article.implementedBy).toEqual([]);
    const [gap] = article.gaps;
    expect(gap?.state.id).toBe('kz');
    expect(gap?.id).toBe('kz|NO_IMPLEMENTATION_FOUND|crc:art:42');
    expect(gap?.note).toMatch(/make the Convention known/);
    expect(gap?.sources.length).toBeGreaterThan(3);
    for (const source of gap?.sources ?? []) expect(source.url).toMatch(/^https?:\/\//);
  });

  it('cites the report and paragraph behind a STATE_REPORT link, one link per reporting cycle', async () => {
    const { body } = await service.query(ArticleSources, { number: 3 });
    expect(body.errors).toBeUndefined();
    const fromReports = body.data!.crcArticle!.implementedBy.filter((l) => l.basis === 'STATE_REPORT');
    expect(fromReports.length).toBeGreaterThan(0);
    for (const link of fromReports) {
      expect(link.document?.symbol).toMatch(/^CRC\/C\//);
      expect(link.paragraph).toMatch(/^\d+/);
      expect(link.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const rightsOfChild = fromReports.filter((l) => l.by.id === 'kz:law:rights-of-child');
    expect(rightsOfChild.map((l) => l.document?.id)).toContain('CRC/C/KAZ/3');
    // Links on other bases cite no document.
    expect(body.data!.crcArticle!.implementedBy.filter((l) => l.basis === 'EDITORIAL').every((l) => l.document === null)).toBe(true);
  });

  it("names at least 90% of the State's laws, codes, their articles and its institutions in Kazakh", async () => {
    const { body } = await service.query(KazakhNames, {});
    expect(body.errors).toBeUndefined();
    const acts = body.data!.instruments.filter((i) => i.jurisdiction === 'KZ' && ['LAW', 'CODE', 'CONSTITUTION'].includes(i.kind));
    const named = [...acts, ...acts.flatMap((a) => a.provisions), ...body.data!.institutions];
    const inKazakh = named.filter((e) => e.nameLangs.includes('KK')).length;
    expect(named.length).toBeGreaterThan(150);
    expect(inKazakh / named.length).toBeGreaterThanOrEqual(0.9);
  });
});
