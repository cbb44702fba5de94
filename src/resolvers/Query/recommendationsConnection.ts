import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/pages.js';

export const recommendationsConnection: NonNullable<QueryResolvers['recommendationsConnection']> = (_parent, args, context, info) =>
  context.reader.read(plans.recommendationsConnection(args, context.config.limits.pageSize), info, context.stats);
