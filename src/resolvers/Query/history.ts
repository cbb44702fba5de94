import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/audit.js';

export const history: NonNullable<QueryResolvers['history']> = (_parent, args, context, info) =>
  context.reader.read(plans.history(args, context.config.limits.pageSize), info, context.stats);
