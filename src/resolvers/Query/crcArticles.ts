import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';

export const crcArticles: NonNullable<QueryResolvers['crcArticles']> = async (_parent, { asOf }, context, info) => {
  const rows = await context.reader.project('crcArticles', info, { asOf: asOf ?? null }, context.stats);
  return rows.map((row) => row['n'] as EntityRow);
};
