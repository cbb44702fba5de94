import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkId } from '../arguments.js';

export const instrument: NonNullable<QueryResolvers['instrument']> = async (_parent, { id, asOf }, context, info) => {
  const [row] = await context.reader.project('instrument', info, { id: checkId(id), asOf: asOf ?? null }, context.stats);
  return (row?.['n'] as EntityRow | undefined) ?? null;
};
