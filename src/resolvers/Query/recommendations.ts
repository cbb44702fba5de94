import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkId, checkRange } from '../arguments.js';
import { CRC_ARTICLES } from './crcArticle.js';

export const recommendations: NonNullable<QueryResolvers['recommendations']> = async (
  _parent,
  { article, document, asOf },
  context,
  info,
) => {
  const params = {
    article: article === null || article === undefined ? null : checkRange(article, 1, CRC_ARTICLES, 'article'),
    document: document === null || document === undefined ? null : checkId(document, 'document'),
    asOf: asOf ?? null,
  };
  const rows = await context.reader.project('recommendations', info, params, context.stats);
  return rows.map((row) => row['n'] as EntityRow);
};
