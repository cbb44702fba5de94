import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/pages.js';

export const institutionsConnection: NonNullable<QueryResolvers['institutionsConnection']> = (_parent, args, context, info) =>
  context.reader.read(plans.institutionsConnection(args, context.config.limits.pageSize), info, context.stats);
