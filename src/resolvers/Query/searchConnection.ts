import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/pages.js';

export const searchConnection: NonNullable<QueryResolvers['searchConnection']> = (_parent, args, context, info) =>
  context.reader.read(plans.searchConnection(args, context.config.limits.pageSize), info, context.stats);
