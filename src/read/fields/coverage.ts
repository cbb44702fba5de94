import type { Plain } from '../../db/convert.js';
import type { Row } from '../../db/database.js';
import type { QueryImplementationCoverageArgs } from '../../generated/graphql.js';
import { LANGUAGES, textProperty } from '../../model/languages.js';
import type { EntityKind } from '../../model/kinds.js';
import type { Basis, ClaimStatus } from '../../model/relations.js';
import { checkJurisdiction } from '../arguments.js';
import type { ReadPlan } from '../plan.js';
import type { ArticleCoverageRow, CoverageLinkRow, CoverageRow, CoveringInstrumentRow, Names } from '../rows.js';

export function implementationCoverage({ asOf, jurisdiction }: QueryImplementationCoverageArgs): ReadPlan<CoverageRow> {
  const state = jurisdiction === null || jurisdiction === undefined ? null : checkJurisdiction(jurisdiction);
  return {
    query: 'implementationCoverage',
    params: { asOf: asOf ?? null, jurisdiction: state },
    result: (rows) => buildCoverage(rows, asOf ?? null),
  };
}

/**
 * Turns the rows of `implementationCoverage.cypher` (one per CRC article, with its IMPLEMENTS
 * links rolled up to their instruments) into counts, gaps and the heat-map matrix. A CONTESTED
 * link (an official source contradicts it) is listed but does not count: an article whose only
 * links are contested is a gap.
 */
export function buildCoverage(rows: readonly Row[], asOf: string | null): CoverageRow {
  const articles = rows.map(articleCoverage);
  const columns = [...new Map(articles.flatMap((a) => a.instruments.filter((i) => !i.contested)).map((i) => [i.id, i])).values()].sort(
    (a, b) => compare(a.id, b.id),
  );
  const column = new Map(columns.map((instrument, index) => [instrument.id, index]));
  const values = articles.map((article) => {
    const row = new Array<number>(columns.length).fill(0);
    for (const instrument of article.instruments) {
      const index = column.get(instrument.id);
      if (index !== undefined) row[index] = instrument.links.filter(counts).length;
    }
    return row;
  });
  return {
    asOf,
    articles,
    gaps: articles.filter((a) => a.count === 0),
    coveredCount: articles.filter((a) => a.count > 0).length,
    matrix: {
      articleIds: articles.map((a) => a.articleId),
      articleNumbers: articles.map((a) => a.number),
      instrumentIds: columns.map((c) => c.id),
      instrumentNames: columns.map((c) => c.names),
      values,
    },
  };
}

/** One IMPLEMENTS link of a row of implementationCoverage.cypher, with the instrument it rolls up to. */
interface ImplementsLink {
  id: string;
  by: string;
  basis: Basis;
  status: ClaimStatus;
  instrument: { id: string; kind: EntityKind } & Names;
}

function articleCoverage(row: Row): ArticleCoverageRow {
  const article = (row['article'] ?? {}) as Record<string, Plain>;
  const links = (row['links'] ?? []) as unknown as ImplementsLink[];
  const byInstrument = new Map<string, CoveringInstrumentRow>();
  for (const link of links) {
    const { id, kind, ...names } = link.instrument;
    const instrument = byInstrument.get(id) ?? { id, kind, names, contested: true, links: [] as CoverageLinkRow[] };
    instrument.links.push({ id: link.id, by: link.by, basis: link.basis, status: link.status });
    instrument.contested &&= !counts(link);
    byInstrument.set(id, instrument);
  }
  const instruments = [...byInstrument.values()];
  return {
    articleId: typeof article['id'] === 'string' ? article['id'] : '',
    number: Number(article['number']),
    names: names(article),
    count: instruments.filter((i) => !i.contested).length,
    instruments,
    recordedGap: row['recordedGap'] === true,
  };
}

function counts(link: { status: ClaimStatus }): boolean {
  return link.status !== 'CONTESTED';
}

function names(row: Record<string, Plain>): Names {
  return Object.fromEntries(LANGUAGES.map((lang) => [textProperty('name', lang), row[textProperty('name', lang)] ?? null]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
