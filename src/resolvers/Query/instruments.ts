import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const instruments: NonNullable<QueryResolvers['instruments']> = (_parent, args, context, info) =>
  context.reader.read(plans.instruments(args), info, context.stats);
