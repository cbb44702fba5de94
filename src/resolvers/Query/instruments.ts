import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';

export const instruments: NonNullable<QueryResolvers['instruments']> = async (_parent, { kind, asOf }, context, info) => {
  const rows = await context.reader.project('instruments', info, { kind: kind ?? null, asOf: asOf ?? null }, context.stats);
  return rows.map((row) => row['n'] as EntityRow);
};
