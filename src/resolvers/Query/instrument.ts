import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const instrument: NonNullable<QueryResolvers['instrument']> = (_parent, args, context, info) =>
  context.reader.read(plans.instrument(args), info, context.stats);
