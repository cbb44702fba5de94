import type { Row } from '../../db/database.js';
import type {
  QueryCrcArticleArgs,
  QueryCrcArticlesArgs,
  QueryInstitutionsArgs,
  QueryInstrumentArgs,
  QueryInstrumentsArgs,
  QueryNodeArgs,
  QueryRecommendationsArgs,
} from '../../generated/graphql.js';
import { CRC_ARTICLES, crcArticleId } from '../../model/crc.js';
import { checkId, checkRange } from '../arguments.js';
import type { ReadPlan } from '../plan.js';
import type { EntityRow } from '../rows.js';

/** The root fields that return entities, each projected as `n` by its query file. */

export const node = ({ id }: QueryNodeArgs): ReadPlan<EntityRow | null> => ({ query: 'node', params: { id: checkId(id) }, result: first });

export const instrument = ({ id, asOf }: QueryInstrumentArgs): ReadPlan<EntityRow | null> => ({
  query: 'instrument',
  params: { id: checkId(id), asOf: asOf ?? null },
  result: first,
});

export const crcArticle = ({ number, asOf }: QueryCrcArticleArgs): ReadPlan<EntityRow | null> => ({
  query: 'crcArticle',
  params: { id: crcArticleId(checkRange(number, 1, CRC_ARTICLES, 'number')), asOf: asOf ?? null },
  result: first,
});

export const crcArticles = ({ asOf }: QueryCrcArticlesArgs): ReadPlan<EntityRow[]> => ({
  query: 'crcArticles',
  params: { asOf: asOf ?? null },
  result: all,
});

export const instruments = ({ kind, asOf }: QueryInstrumentsArgs): ReadPlan<EntityRow[]> => ({
  query: 'instruments',
  params: { kind: kind ?? null, asOf: asOf ?? null },
  result: all,
});

export const institutions = ({ asOf, area }: QueryInstitutionsArgs): ReadPlan<EntityRow[]> => ({
  query: 'institutions',
  params: { area: area === null || area === undefined ? null : checkId(area, 'area'), asOf: asOf ?? null },
  result: all,
});

export const recommendations = ({ article, document, asOf }: QueryRecommendationsArgs): ReadPlan<EntityRow[]> => ({
  query: 'recommendations',
  params: {
    article: article === null || article === undefined ? null : checkRange(article, 1, CRC_ARTICLES, 'article'),
    document: document === null || document === undefined ? null : checkId(document, 'document'),
    asOf: asOf ?? null,
  },
  result: all,
});

function first(rows: Row[]): EntityRow | null {
  return (rows[0]?.['n'] as EntityRow | undefined) ?? null;
}

function all(rows: Row[]): EntityRow[] {
  return rows.map((row) => row['n'] as EntityRow);
}
