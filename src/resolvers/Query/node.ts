import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const node: NonNullable<QueryResolvers['node']> = (_parent, args, context, info) =>
  context.reader.read(plans.node(args), info, context.stats);
