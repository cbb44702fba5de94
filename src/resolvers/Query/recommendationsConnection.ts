import type { QueryResolvers } from '../../generated/graphql.js';
import { notFound } from '../../errors.js';
import type { EntityRow } from '../mappers.js';
import { checkId, checkRange } from '../arguments.js';
import { pageParams, toConnection } from '../connection.js';
import { CRC_ARTICLES } from './crcArticle.js';

export const recommendationsConnection: NonNullable<QueryResolvers['recommendationsConnection']> = async (_parent, args, context, info) => {
  const page = pageParams(args.first, args.after, ['string', 'number', 'string']);
  const article = args.article ?? null;
  const params = {
    articleId: article === null ? null : `crc:art:${checkRange(article, 1, CRC_ARTICLES, 'article')}`,
    document: args.document ? checkId(args.document, 'document') : null,
    ...page,
  };
  const [row] = await context.reader.project('recommendationsConnection', info, params, context.stats, 'edges.node');
  const anchors = Array.isArray(row?.['anchors']) ? row['anchors'] : [];
  if (params.document && anchors[1] !== true) throw notFound('Document', params.document);
  return toConnection(row, page.first, args.after, (item, cursor) => ({ cursor, node: item['node'] as EntityRow }));
};
