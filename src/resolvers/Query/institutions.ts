import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkId } from '../arguments.js';

export const institutions: NonNullable<QueryResolvers['institutions']> = async (_parent, { asOf, area }, context, info) => {
  const params = { area: area === null || area === undefined ? null : checkId(area, 'area'), asOf: asOf ?? null };
  const rows = await context.reader.project('institutions', info, params, context.stats);
  return rows.map((row) => row['n'] as EntityRow);
};
