import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const institutions: NonNullable<QueryResolvers['institutions']> = (_parent, args, context, info) =>
  context.reader.read(plans.institutions(args), info, context.stats);
