import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/pages.js';

export const search: NonNullable<QueryResolvers['search']> = (_parent, args, context, info) =>
  context.reader.read(plans.search(args, context.config.limits.pageSize), info, context.stats);
