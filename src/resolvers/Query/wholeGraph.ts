import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/subgraphs.js';

export const wholeGraph: NonNullable<QueryResolvers['wholeGraph']> = (_parent, args, context, info) =>
  context.reader.read(
    plans.subgraphPlan({ kind: 'whole', limit: args.limit, asOf: args.asOf }, context.config.maxSubgraphNodes),
    info,
    context.stats,
  );
