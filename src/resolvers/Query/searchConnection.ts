import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { luceneQuery } from '../arguments.js';
import { pageParams, toConnection } from '../connection.js';

export const searchConnection: NonNullable<QueryResolvers['searchConnection']> = async (_parent, args, context, info) => {
  const page = pageParams(args.first, args.after, ['number', 'string']);
  const params = { lucene: luceneQuery(args.query), kinds: args.kinds?.length ? args.kinds : null, ...page };
  const [row] = await context.reader.project('searchConnection', info, params, context.stats, 'edges.node');
  return toConnection(row, page.first, args.after, (item, cursor) => ({
    cursor,
    node: item['node'] as EntityRow,
    score: Number(item['score']),
  }));
};
