import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/subgraphs.js';

export const pathSubgraph: NonNullable<QueryResolvers['pathSubgraph']> = (_parent, args, context, info) =>
  context.reader.read(plans.subgraphPlan({ kind: 'paths', ...args }, context.config.maxSubgraphNodes), info, context.stats);
