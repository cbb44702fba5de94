import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';
import { statements } from '../support/subgraph.js';

/** "Which CRC articles have no implementing law at all?" */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Coverage = graphql(`
  query Coverage($asOf: Date, $jurisdiction: String) {
    implementationCoverage(asOf: $asOf, jurisdiction: $jurisdiction) {
      asOf
      coveredCount
      articles {
        articleId
        number
        title
        count
        instruments {
          id
          kind
          name(lang: RU)
          contested
          links {
            id
            by
            basis
            status
          }
        }
      }
      gaps {
        articleId
        number
        title(lang: KK)
        count
      }
      matrix {
        articleIds
        articleNumbers
        instrumentIds
        instrumentNames
        values
      }
    }
  }
`);

describe('implementationCoverage', () => {
  it('lists every CRC article with the instruments implementing it, in one statement', async () => {
    const { body } = await service.query(Coverage, {});
    expect(body.errors).toBeUndefined();
    expect(statements(body)).toBe(1);
    const coverage = body.data!.implementationCoverage;
    expect(coverage.articles.map((a) => a.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    const education = coverage.articles[27]!;
    expect(education).toMatchObject({ articleId: 'crc:art:28', title: 'Education' });
    const law = education.instruments.find((i) => i.id === 'kz:law:education');
    expect(law).toMatchObject({ kind: 'LAW', name: 'Закон «Об образовании»', contested: false });
    // The law directly (the editors' and the seed paper's versions) and through its Article 8 (the
    // editors' mapping, and the article's own text).
    expect(law!.links.map((l) => `${l.by} ${l.basis}`).sort()).toEqual([
      'kz:law:education EDITORIAL',
      'kz:law:education SEED_PAPER',
      'kz:law:education:art:8 EDITORIAL',
      'kz:law:education:art:8 OFFICIAL',
    ]);
    for (const article of coverage.articles) {
      expect(article.count).toBe(article.instruments.filter((i) => !i.contested).length);
      expect(new Set(article.instruments.map((i) => i.id)).size).toBe(article.instruments.length);
      for (const instrument of article.instruments) expect(['CONSTITUTION', 'CODE', 'LAW', 'DECREE']).toContain(instrument.kind);
    }
  });

  it('lists the gaps: the articles no instrument implements, contested links not counting', async () => {
    const coverage = (await service.query(Coverage, {})).body.data!.implementationCoverage;
    const gaps = coverage.articles.filter((a) => a.count === 0).map((a) => a.articleId);
    expect(coverage.gaps.map((g) => g.articleId)).toEqual(gaps);
    expect(coverage.coveredCount).toBe(54 - gaps.length);
    expect(gaps.length).toBeGreaterThan(0);
    expect(coverage.gaps.every((g) => g.count === 0 && g.title.length > 0)).toBe(true);
    // Article 3: the seed paper's link from the 1995 Constitution is contested, so that instrument is
    // listed but not counted; the laws the State's report names are.
    const bestInterests = coverage.articles[2]!;
    const constitution = bestInterests.instruments.find((i) => i.id === 'kz:const:1995');
    expect(constitution).toMatchObject({ contested: true });
    expect(constitution!.links.every((l) => l.status === 'CONTESTED')).toBe(true);
    expect(bestInterests.count).toBe(bestInterests.instruments.length - 1);
    expect(bestInterests.count).toBeGreaterThan(0);
    // Article 42 (making the Convention known): no act read says so.
    expect(gaps).toContain('crc:art:42');
    expect(gaps).not.toContain('crc:art:3');
    expect(gaps).not.toContain('crc:art:28');
  });

  it('gives a matrix a heat-map takes directly: articles × instruments, counts of links', async () => {
    const coverage = (await service.query(Coverage, {})).body.data!.implementationCoverage;
    const { matrix } = coverage;
    expect(matrix.articleIds).toEqual(coverage.articles.map((a) => a.articleId));
    expect(matrix.articleNumbers).toEqual(coverage.articles.map((a) => a.number));
    expect(matrix.instrumentNames).toHaveLength(matrix.instrumentIds.length);
    expect(matrix.values).toHaveLength(54);
    coverage.articles.forEach((article, row) => {
      expect(matrix.values[row]).toHaveLength(matrix.instrumentIds.length);
      for (const instrument of article.instruments) {
        const column = matrix.instrumentIds.indexOf(instrument.id);
        const counted = instrument.links.filter((l) => l.status !== 'CONTESTED').length;
        if (counted === 0) continue;
        expect(matrix.values[row]![column]).toBe(counted);
      }
      const total = matrix.values[row]!.reduce((sum, value) => sum + value, 0);
      expect(total).toBe(article.instruments.flatMap((i) => i.links).filter((l) => l.status !== 'CONTESTED').length);
    });
    // Every column has at least one link: no empty columns.
    matrix.instrumentIds.forEach((_id, column) => expect(matrix.values.some((row) => row[column]! > 0)).toBe(true));
  });

  it('keeps what was in force on asOf: the 2026 Constitution does not count in 2020', async () => {
    const all = (await service.query(Coverage, {})).body.data!.implementationCoverage;
    const in2020 = (await service.query(Coverage, { asOf: '2020-01-01' })).body.data!.implementationCoverage;
    expect(in2020.asOf).toBe('2020-01-01');
    const ids = (c: typeof all) => new Set(c.articles.flatMap((a) => a.instruments.map((i) => i.id)));
    expect(ids(all).has('kz:const:2026')).toBe(true);
    expect(ids(in2020).has('kz:const:2026')).toBe(false);
    expect(ids(in2020).has('kz:const:1995')).toBe(true);
  });

  it("keeps one State's instruments with jurisdiction", async () => {
    const kz = (await service.query(Coverage, { jurisdiction: 'kz' })).body.data!.implementationCoverage;
    const all = (await service.query(Coverage, {})).body.data!.implementationCoverage;
    expect(kz.coveredCount).toBe(all.coveredCount);
    const other = (await service.query(Coverage, { jurisdiction: 'FR' })).body.data!.implementationCoverage;
    expect(other.coveredCount).toBe(0);
    expect(other.gaps).toHaveLength(54);
    expect(other.matrix.instrumentIds).toEqual([]);
    const bad = await service.query(Coverage, { jurisdiction: 'K Z' });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'jurisdiction' });
  });
});
