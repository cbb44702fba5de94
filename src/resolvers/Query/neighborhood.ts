import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/subgraphs.js';

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = (_parent, args, context, info) =>
  context.reader.read(plans.subgraphPlan({ kind: 'neighborhood', ...args }, context.config.maxSubgraphNodes), info, context.stats);
