import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkId } from '../arguments.js';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, context, info) => {
  const [row] = await context.reader.project('node', info, { id: checkId(id) }, context.stats);
  return (row?.['n'] as EntityRow | undefined) ?? null;
};
