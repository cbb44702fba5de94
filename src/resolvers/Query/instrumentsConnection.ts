import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/pages.js';

export const instrumentsConnection: NonNullable<QueryResolvers['instrumentsConnection']> = (_parent, args, context, info) =>
  context.reader.read(plans.instrumentsConnection(args, context.config.limits.pageSize), info, context.stats);
