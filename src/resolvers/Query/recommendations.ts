import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const recommendations: NonNullable<QueryResolvers['recommendations']> = (_parent, args, context, info) =>
  context.reader.read(plans.recommendations(args), info, context.stats);
