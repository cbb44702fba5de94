import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkRange, luceneQuery } from '../arguments.js';

export const search: NonNullable<QueryResolvers['search']> = async (_parent, { query, kinds, first }, context, info) => {
  const params = {
    lucene: luceneQuery(query),
    kinds: kinds?.length ? kinds : null,
    first: checkRange(first ?? 20, 1, context.config.limits.pageSize, 'first'),
  };
  const rows = await context.reader.project('search', info, params, context.stats, 'entity');
  return rows.map((row) => ({ entity: row['n'] as EntityRow, score: Number(row['score']) }));
};
